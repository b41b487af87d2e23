/** Settings saved with the workbook through Office's document settings (in memory when Office has none). */
import type { SettingsStore } from '../ui/settings';
import { SETTINGS_KEY, createMemorySettingsStore, sanitizeSettings } from '../ui/settings';

/** A store over Office.context.document.settings (saved with the workbook), or in memory when Office has none. */
export function createOfficeSettingsStore(): SettingsStore {
  const office = typeof Office !== 'undefined' ? Office.context?.document?.settings : undefined;
  if (!office) return createMemorySettingsStore();
  return {
    load: () => sanitizeSettings(office.get(SETTINGS_KEY)),
    save: (settings) => {
      office.set(SETTINGS_KEY, settings);
      return new Promise((resolve, reject) =>
        office.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error))),
      );
    },
  };
}
