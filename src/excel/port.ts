/** createExcelPort: the engine's WorkbookPort over Office.js, for the task pane and the ribbon commands. */
import type { SheetData } from '../core/model';
import type { ProgressListener, SheetInfo, WorkbookPort } from '../core/port';
import type { SheetFlags, SheetModel } from '../core/render/sheet-model';
import { addOwnedFlags, deleteOwnedFlags } from './flags';
import type { ApiSupport, RunBatch } from './host';
import { excelRunner, officeApiSupport } from './host';
import { listSheetsWithRoles } from './owned-sheets';
import { readSheetChunked } from './read-sheet';
import { writeOwnedSheetModel } from './write-sheet';

/** How to reach Excel; every field has a production default. */
export interface ExcelPortOptions {
  /** Batch runner (default Excel.run). */
  readonly run?: RunBatch;
  /** Wait until the user leaves cell-edit mode before running (ribbon commands). */
  readonly delayForCellEdit?: boolean;
  /** Run-time requirement-set detection (default Office.context.requirements). */
  readonly supports?: ApiSupport;
  /** Rows per read chunk to start with (default 5 000). */
  readonly chunkRows?: number;
}

/** A WorkbookPort that reads and writes the open workbook through Office.js in bounded, chunked batches. */
export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const run = options.run ?? excelRunner(options.delayForCellEdit === true);
  const supports = options.supports ?? officeApiSupport;
  return {
    listSheets: (): Promise<readonly SheetInfo[]> => run((context) => listSheetsWithRoles(context)),
    readSheet: (name: string, read?: { readonly maxRows?: number; readonly onProgress?: ProgressListener }): Promise<SheetData> =>
      run((context) => readSheetChunked(context, name, { ...read, chunkRows: options.chunkRows })),
    writeOwnedSheet: (model: SheetModel): Promise<string> => run((context) => writeOwnedSheetModel(context, model, supports)),
    setFlags: (flags: SheetFlags): Promise<void> =>
      run(async (context) => {
        await deleteOwnedFlags(context, flags.sheet);
        await addOwnedFlags(context, flags, supports);
      }),
    clearFlags: (sheet: string): Promise<void> =>
      run(async (context) => {
        await deleteOwnedFlags(context, sheet);
      }),
  };
}
