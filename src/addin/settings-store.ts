/** Settings saved with the workbook through Office's document settings (in memory when Office has none). */
import type { RunSettings, SettingsStore } from '../ui/settings';
import { SETTINGS_KEY, createMemorySettingsStore, sanitizeSettings } from '../ui/settings';

/** How long typing may pause before the settings are written to the document (one saveAsync per pause). */
export const SAVE_DEBOUNCE_MS = 800;

/**
 * A store over Office.context.document.settings: every change is set at once (the ribbon reads it at once), and
 * saveAsync runs once typing pauses for SAVE_DEBOUNCE_MS; every save() promise settles with that write.
 */
export function createOfficeSettingsStore(delayMs = SAVE_DEBOUNCE_MS): SettingsStore {
  const office = typeof Office !== 'undefined' ? Office.context?.document?.settings : undefined;
  if (!office) return createMemorySettingsStore();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  const write = (): void => {
    timer = undefined;
    const batch = waiting;
    waiting = [];
    office.saveAsync((result) => {
      for (const w of batch) {
        if (result.status === Office.AsyncResultStatus.Succeeded) w.resolve();
        else w.reject(result.error);
      }
    });
  };
  return {
    load: () => sanitizeSettings(office.get(SETTINGS_KEY)),
    save: (settings: RunSettings) => {
      office.set(SETTINGS_KEY, settings);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(write, delayMs);
      return new Promise<void>((resolve, reject) => waiting.push({ resolve, reject }));
    },
  };
}
