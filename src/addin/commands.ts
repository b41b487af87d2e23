/** Registers the ribbon functions with Office (shared runtime: loaded by the task pane page, alive while Excel is open). */
import { createOfficeHost } from './office-host';
import { runRibbonAction } from './ribbon';
import type { RibbonResult } from './ribbon';

/** Name of the ribbon function of the Kiểm tra button (manifest FunctionName). */
export const CHECK_FUNCTION = 'chitieuCheck';

/** Name of the ribbon function of the Tổng hợp button (manifest FunctionName). */
export const SUMMARY_FUNCTION = 'chitieuSummary';

/** Shows a failed ribbon run: in the pane when it can be shown, otherwise the error stays in the run's result. */
async function report(result: RibbonResult): Promise<void> {
  if (result.ok) return;
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // Hosts without SharedRuntime show nothing more; the pane shows the error the next time it opens.
  }
}

function handler(kind: 'check' | 'summary'): (event: Office.AddinCommands.Event) => Promise<void> {
  return async (event) => {
    try {
      await report(await runRibbonAction(createOfficeHost(true), kind));
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  Office.actions.associate(CHECK_FUNCTION, handler('check'));
  Office.actions.associate(SUMMARY_FUNCTION, handler('summary'));
});
