import type { SheetData } from './model';
import type { OwnedRole, SheetFlags, SheetModel } from './sheet-model';

/** A sheet as listed by a host: its name and, when ChiTieu wrote it, its owned role. */
export interface SheetInfo {
  readonly name: string;
  readonly owned?: OwnedRole;
}

/** Progress of a long run: the phase and, when known, how far it is (0..1). */
export interface Progress {
  readonly phase: 'read' | 'check' | 'write';
  readonly done: number;
  readonly total: number;
}

/** Callback that receives progress reports. */
export type ProgressListener = (progress: Progress) => void;

/**
 * The only door between the engine and a host (a file on disk, or Excel through Office.js):
 * read sheets as cells, write sheets ChiTieu owns, set and clear its flags.
 */
export interface WorkbookPort {
  /** Every sheet in workbook order, with the owned role of sheets ChiTieu wrote. */
  listSheets(): Promise<readonly SheetInfo[]>;
  /** The cells of one sheet; `maxRows` limits the read to the first rows (header detection). */
  readSheet(name: string, options?: { readonly maxRows?: number; readonly onProgress?: ProgressListener }): Promise<SheetData>;
  /** Replace the owned sheet of this model's role (or add it) and return the name it was written under. */
  writeOwnedSheet(model: SheetModel): Promise<string>;
  /** Replace ChiTieu's flags on one data sheet with these (an empty set clears them). */
  setFlags(flags: SheetFlags): Promise<void>;
  /** Remove every flag ChiTieu put on this sheet, leaving the sheet exactly as the user left it. */
  clearFlags(sheet: string): Promise<void>;
}
