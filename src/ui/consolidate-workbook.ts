/** Where the task pane puts a consolidation: the three owned sheets, written into the open workbook through the host's port. */
import type { Lang, SheetModel } from '../core';
import { ConsolidationError } from './consolidate';
import { errorText } from './errors';
import type { PaneHost } from './host';
import { withWorkbook } from './host';
import { paneText } from './i18n';
import { runExclusive } from './run-guard';
import type { DeliverConsolidation } from './use-consolidation';

/** Writes the three owned sheets into the host's open workbook (replacing ChiTieu's earlier ones, never a user's sheet); returns their names. */
export function writeConsolidationSheets(host: PaneHost, sheets: readonly SheetModel[]): Promise<string[]> {
  return withWorkbook(host, async (port) => {
    const names: string[] = [];
    for (const sheet of sheets) names.push(await port.writeOwnedSheet(sheet));
    return names;
  }, true);
}

/** Delivers a consolidation into the open workbook, one writer at a time with the ribbon, then shows its first sheet. */
export function deliverToWorkbook(host: PaneHost, lang: Lang): DeliverConsolidation {
  const text = paneText(lang);
  return async (result) => {
    let run: Awaited<ReturnType<typeof runExclusive<string[]>>>;
    try {
      run = await runExclusive('consolidate', async () => {
        const names = await writeConsolidationSheets(host, result.sheets);
        if (names[0]) await host.activateSheet(names[0]);
        return names;
      });
    } catch (error) {
      throw new ConsolidationError(errorText(error, lang));
    }
    if ('declined' in run) throw new ConsolidationError(text.runInProgress);
    return text.consolidate.sheetsWritten(run.value.map((name) => `“${name}”`).join(', '));
  };
}
