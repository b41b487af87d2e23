/** The ribbon's one-click actions: a whole check (Kiểm tra) and the summary (Tổng hợp), no pane needed. */
import { isRunFailure } from '../core';
import type { PaneHost } from '../ui/host';
import { runWithSettings } from '../ui/host';
import { errorText } from '../ui/errors';
import { langFromDisplayLanguage, paneText } from '../ui/i18n';
import { publishRun } from '../ui/last-run';
import { runExclusive } from '../ui/run-guard';

/** What a ribbon action ended with, for the caller to report. */
export type RibbonResult = { readonly ok: true; readonly sheet: string } | { readonly ok: false; readonly message: string };

/**
 * Runs one ribbon action with the workbook's saved settings, activates the sheet it wrote and publishes the outcome;
 * declined with "a check is running" while another run (pane or ribbon) holds the workbook.
 */
export async function runRibbonAction(host: PaneHost, kind: 'check' | 'summary'): Promise<RibbonResult> {
  const settings = host.settings.load();
  const lang = settings.lang ?? langFromDisplayLanguage(host.displayLanguage());
  const run = await runExclusive(kind, async (): Promise<RibbonResult> => {
    try {
      const result = await runWithSettings(host, kind, settings, lang);
      if (isRunFailure(result)) {
        publishRun({ kind, failure: result.message });
        return { ok: false, message: result.message };
      }
      const sheet = kind === 'check' ? result.written.validation : result.written.summary;
      if (sheet) await host.selectCell(sheet, 'A1');
      publishRun({ kind, outcome: result });
      return { ok: true, sheet: sheet ?? '' };
    } catch (error) {
      const message = errorText(error, lang);
      publishRun({ kind, failure: message });
      return { ok: false, message };
    }
  });
  return 'declined' in run ? { ok: false, message: paneText(lang).runInProgress } : run.value;
}
