/** The task pane's words in Vietnamese and English, from the message catalogue (band and severity names come from the engine's dictionary). */
import type { Lang } from '../core';

export type { PaneText, WebText } from '../core';
/** The pane's texts in a language (from the message catalogue). */
export { paneTexts as paneText } from '../core';

/** The pane language for a host display language such as `vi-VN` or `en-US`. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
