import type { SheetData, SheetFlags, SheetInfo, SheetModel, WorkbookPort } from '../core';
import { resolveOwnedSheetName } from '../core';
import type { XlsxWorkbook } from './read-workbook';
import type { WorkbookChange, WrittenWorkbook } from './write-workbook';
import { checkedWorkbookEntries, writeCheckedWorkbook } from './write-workbook';
import type { ZipWriteEntry } from './zip';

/**
 * The WorkbookPort over an opened .xlsx package (command line, web app, unit files): reads come straight from the package, writes are
 * collected and turned into one new package by `commit`, so a failed run never leaves a half-written file.
 */
export class FilePort implements WorkbookPort {
  private readonly models: SheetModel[] = [];
  private readonly flags = new Map<string, SheetFlags>();

  /** Wraps an opened workbook; `onRead` is told when a whole sheet is read (for progress lines). */
  constructor(
    private readonly workbook: XlsxWorkbook,
    private readonly onRead?: (sheet: string) => void,
  ) {}

  /** Worksheets in order, with their owned roles. */
  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.workbook.listSheets();
  }

  /** Cells of one worksheet (the first rows only when maxRows is given). */
  async readSheet(name: string, options?: { readonly maxRows?: number }): Promise<SheetData> {
    if (options?.maxRows === undefined) this.onRead?.(name);
    return this.workbook.readSheet(name, options?.maxRows === undefined ? undefined : { maxRows: options.maxRows });
  }

  /** Queues an owned sheet and returns the name it will be written under. */
  async writeOwnedSheet(model: SheetModel): Promise<string> {
    const index = this.models.findIndex((m) => m.role === model.role);
    if (index >= 0) this.models.splice(index, 1);
    this.models.push(model);
    return resolveOwnedSheetName(model.name, model.role, this.workbook.listSheets());
  }

  /** Queues the flags of one data sheet (replacing ChiTieu's earlier flags there). */
  async setFlags(flags: SheetFlags): Promise<void> {
    this.flags.set(flags.sheet, flags);
  }

  /** Queues the removal of ChiTieu's flags from one sheet. */
  async clearFlags(sheet: string): Promise<void> {
    this.flags.set(sheet, { sheet, cells: { critical: [], warning: [], unassessed: [] } });
  }

  /** Builds the new package from everything queued; the input package is left as it was. */
  commit(): WrittenWorkbook {
    return writeCheckedWorkbook(this.workbook, this.change());
  }

  /** The new package's entries, not yet zipped (a host may deflate the large ones elsewhere, then call writeZip). */
  commitEntries(): { entries: ZipWriteEntry[]; names: WrittenWorkbook['names'] } {
    return checkedWorkbookEntries(this.workbook, this.change());
  }

  private change(): WorkbookChange {
    return { sheets: this.models, flags: [...this.flags.values()] };
  }
}
