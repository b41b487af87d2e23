/** Tells a listener when sheets are added, deleted (ExcelApi 1.7) or renamed (ExcelApi 1.17), where the host can. */
import type { ApiSupport, RunBatch } from './host';

/** Registers the sheet events the host supports; the returned function stops the listener. */
export function watchSheets(run: RunBatch, supports: ApiSupport, listener: () => void): () => void {
  let active = true;
  const notify = async (): Promise<void> => {
    if (active) listener();
  };
  if (supports('1.7')) {
    void run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.onAdded.add(notify);
      worksheets.onDeleted.add(notify);
      if (supports('1.17')) worksheets.onNameChanged.add(notify);
      await context.sync();
    }).catch(() => undefined);
  }
  return () => {
    active = false;
  };
}
