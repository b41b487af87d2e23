/** The engine's WorkbookPort over one ExcelSession: every call of a run shares the scan, the lazy loads and the queue. */
import type { ProgressListener, SheetData, SheetFlags, SheetInfo, SheetModel, WorkbookPort } from '../core';
import { queueFlagReplacement } from './flags';
import { readScannedSheet, readSheetChunked } from './read-sheet';
import type { SheetScan } from './scan';
import { scanWorkbook } from './scan';
import type { ExcelSession } from './session';
import { writeOwnedSheetModel } from './write-sheet';

/** A port over a session; `clean` lets its scan delete temporary sheets left by an interrupted run. */
export function sessionPort(session: ExcelSession, clean: boolean): WorkbookPort {
  let scanned: Promise<SheetScan[]> | undefined;
  const scan = (): Promise<SheetScan[]> => (scanned ??= scanWorkbook(session, clean));
  const find = async (name: string): Promise<SheetScan | undefined> => (await scan()).find((s) => s.name === name);
  return {
    listSheets: async (): Promise<readonly SheetInfo[]> => (await scan()).map((s) => (s.owned ? { name: s.name, owned: s.owned } : { name: s.name })),
    readSheet: async (name: string, read?: { readonly maxRows?: number; readonly onProgress?: ProgressListener }): Promise<SheetData> => {
      const known = await find(name);
      return known ? readScannedSheet(session, known, read) : readSheetChunked(session, name, read);
    },
    writeOwnedSheet: async (model: SheetModel): Promise<string> => {
      const sheets = await scan();
      const name = await writeOwnedSheetModel(session, model, sheets);
      const kept = sheets.filter((s) => s.owned !== model.role && s.name !== name);
      scanned = Promise.resolve([...kept, { name, owned: model.role, used: null, head: [], formats: null, customRules: [] }]);
      return name;
    },
    setFlags: async (flags: SheetFlags): Promise<void> => queueFlagReplacement(session, flags.sheet, await find(flags.sheet), flags),
    clearFlags: async (sheet: string): Promise<void> => queueFlagReplacement(session, sheet, await find(sheet)),
  };
}
