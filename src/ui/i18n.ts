/** The task pane's words in Vietnamese and English, from the message catalogue (band and severity names come from the engine's dictionary). */
import type { Lang, PaneText } from '../core';
import { paneTexts } from '../core';

export type { PaneText, WebText } from '../core';

/** The pane's texts in a language. */
export function paneText(lang: Lang): PaneText {
  return paneTexts(lang);
}

/** The pane language for a host display language such as `vi-VN` or `en-US`. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
