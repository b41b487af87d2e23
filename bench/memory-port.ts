/** An in-memory WorkbookPort over a Map of sheets, for timing the engine without any file format. */
import type { SheetData, SheetFlags, SheetInfo, SheetModel, WorkbookPort } from '../src/core';
import { resolveOwnedSheetName } from '../src/core';

/** A WorkbookPort whose sheets are SheetData in a Map; owned sheets and flags are kept as the engine hands them over. */
export class MemoryPort implements WorkbookPort {
  private readonly sheets = new Map<string, SheetData>();
  /** Owned sheets written, by the name they got. */
  readonly owned = new Map<string, SheetModel>();
  /** Flags set, by data sheet. */
  readonly flags = new Map<string, SheetFlags>();

  /** Wraps the given sheets (in workbook order). */
  constructor(sheets: readonly SheetData[]) {
    for (const s of sheets) this.sheets.set(s.name, s);
  }

  /** User sheets, then owned sheets, with their roles. */
  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.infos();
  }

  /** The stored cells; with maxRows, only the first rows. */
  async readSheet(name: string, options?: { readonly maxRows?: number }): Promise<SheetData> {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`no sheet named "${name}"`);
    return options?.maxRows === undefined ? sheet : { name, rows: sheet.rows.slice(0, options.maxRows) };
  }

  /** Stores the model under the name an owned sheet of its role gets, replacing an earlier one of that role. */
  async writeOwnedSheet(model: SheetModel): Promise<string> {
    for (const [name, m] of this.owned) if (m.role === model.role) this.owned.delete(name);
    const name = resolveOwnedSheetName(model.name, model.role, this.infos());
    this.owned.set(name, model);
    return name;
  }

  /** Stores the flags of one sheet. */
  async setFlags(flags: SheetFlags): Promise<void> {
    this.flags.set(flags.sheet, flags);
  }

  /** Forgets the flags of one sheet. */
  async clearFlags(sheet: string): Promise<void> {
    this.flags.delete(sheet);
  }

  private infos(): SheetInfo[] {
    return [...[...this.sheets.keys()].map((name) => ({ name })), ...[...this.owned].map(([name, m]) => ({ name, owned: m.role }))];
  }
}
