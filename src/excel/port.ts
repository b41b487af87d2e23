/** createExcelPort and excelSessions: the engine's WorkbookPort over Office.js, per call or for a whole run. */
import type { ProgressListener, SheetData, SheetFlags, SheetInfo, SheetModel, WorkbookPort } from '../core';
import type { ApiSupport, RunBatch } from './host';
import { excelRunner, officeApiSupport } from './host';
import { readSheetChunked } from './read-sheet';
import { ExcelSession } from './session';
import { sessionPort } from './session-port';

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

/** Runs work on a port that lives for one Excel.run; `clean` removes leftovers of interrupted runs first. */
export type SessionRunner = <T>(work: (port: WorkbookPort) => Promise<T>, clean: boolean) => Promise<T>;

/** A runner of whole runs: one Excel.run, one scan, writes queued and flushed at the end. */
export function excelSessions(options: ExcelPortOptions = {}): SessionRunner {
  const run = options.run ?? excelRunner(options.delayForCellEdit === true);
  const supports = options.supports ?? officeApiSupport;
  return (work, clean) =>
    run(async (context) => {
      const session = new ExcelSession(context, supports, options.chunkRows);
      const result = await work(sessionPort(session, clean));
      await session.flush();
      return result;
    });
}

/** A WorkbookPort whose every call is its own Excel.run (reads skip the scan; the rest scan first). */
export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const sessions = excelSessions(options);
  const run = options.run ?? excelRunner(options.delayForCellEdit === true);
  const supports = options.supports ?? officeApiSupport;
  return {
    listSheets: (): Promise<readonly SheetInfo[]> => sessions((port) => port.listSheets(), false),
    readSheet: (name: string, read?: { readonly maxRows?: number; readonly onProgress?: ProgressListener }): Promise<SheetData> =>
      run((context) => readSheetChunked(new ExcelSession(context, supports, options.chunkRows), name, read)),
    writeOwnedSheet: (model: SheetModel): Promise<string> => sessions((port) => port.writeOwnedSheet(model), true),
    setFlags: (flags: SheetFlags): Promise<void> => sessions((port) => port.setFlags(flags), false),
    clearFlags: (sheet: string): Promise<void> => sessions((port) => port.clearFlags(sheet), false),
  };
}
