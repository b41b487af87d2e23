/** Fake Excel.Worksheet and WorksheetCollection over the in-memory workbook. */
import { parseRangeAddress } from '../../../src/core';
import type { CellBlock } from '../../../src/core';
import type { FakeContext } from './context';
import { FakeClientObject, FakeOfficeError } from './context';
import { FakeChartCollection, FakeNameCollection, recordingProxy } from './extras';
import { blocksOf, FakeRange, usedWithin } from './range';
import type { FakeSheet } from './state';
import { fireSheetEvent, newSheet } from './state';

const WHOLE_SHEET: CellBlock = { row: 0, col: 0, rows: 1_048_576, cols: 16_384 };

/** A worksheet proxy resolved by a function (by name, by identity, or created in this batch). */
export class FakeWorksheet extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly resolve: () => FakeSheet | undefined, private readonly label: string) {
    super(ctx);
  }

  /** The sheet, or ItemNotFound at sync time. */
  readonly sheet = (): FakeSheet => {
    const sheet = this.resolve();
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `The worksheet '${this.label}' does not exist.`);
    return sheet;
  };

  protected override exists(): boolean {
    return this.resolve() !== undefined;
  }

  protected override readProperties(list: string[]): Record<string, unknown> {
    return Object.fromEntries(list.map((p) => [p, p === 'name' ? this.sheet().name : undefined]));
  }

  get name(): string { return this.loadedValue('name'); }
  set name(value: string) { this.ctx.enqueue({ rename: value }, () => { this.sheet().name = value; fireSheetEvent(this.ctx.book); }); }

  get names(): FakeNameCollection { return new FakeNameCollection(this.ctx, this.sheet); }
  get charts(): FakeChartCollection { return new FakeChartCollection(this.ctx, this.sheet); }
  get freezePanes(): { freezeRows(n: number): void } {
    return { freezeRows: (n: number) => this.ctx.enqueue({ freezeRows: n }, () => { this.sheet().frozenRows = n; }) };
  }
  get pageLayout(): Record<string, unknown> {
    const ctx = this.ctx;
    return new Proxy({}, { set: (_t, prop: string, value: unknown) => { ctx.enqueue({ pageLayout: prop, value }, () => { this.sheet().pageLayout[prop] = value; }); return true; } });
  }

  getRange(address?: string): FakeRange {
    const blocks = address === undefined ? [WHOLE_SHEET] : [columnOrRowRange(address)];
    return new FakeRange(this.ctx, this.sheet, () => blocks);
  }

  getRanges(address: string): FakeRange {
    const blocks = blocksOf(address);
    return new FakeRange(this.ctx, this.sheet, () => blocks);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => [{ row, col, rows, cols }]);
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => usedWithin(this.sheet()));
  }

  activate(): void {
    this.ctx.enqueue({ activate: this.label }, () => { this.ctx.book.active = this.sheet().name; });
  }

  delete(): void {
    this.ctx.enqueue({ deleteSheet: this.label }, () => {
      const sheets = this.ctx.book.sheets;
      const sheet = this.sheet();
      if (sheets.length === 1) throw new FakeOfficeError('InvalidOperation', 'cannot delete the only sheet');
      sheets.splice(sheets.indexOf(sheet), 1);
      if (this.ctx.book.active === sheet.name) this.ctx.book.active = sheets[0].name;
      fireSheetEvent(this.ctx.book);
    });
  }

  /** Unused by the adapter; kept so format proxies are reachable from a sheet in tests. */
  formatOf(address: string): Record<string, unknown> {
    return recordingProxy(this.ctx, this.sheet, () => address, 'format');
  }
}

/** Parses "A1:B2", "C:C" (whole column) and "3:3" (whole row). */
function columnOrRowRange(address: string): CellBlock {
  const column = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (column) {
    const b = parseRangeAddress(`${column[1]}1:${column[2]}1`);
    return { ...b, rows: WHOLE_SHEET.rows };
  }
  const row = /^(\d+):(\d+)$/.exec(address);
  if (row) return { row: Number(row[1]) - 1, col: 0, rows: Number(row[2]) - Number(row[1]) + 1, cols: WHOLE_SHEET.cols };
  return parseRangeAddress(address);
}

/** The workbook's sheets. */
export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(private readonly ctx: FakeContext) {}

  private find(name: string): FakeSheet | undefined {
    return this.ctx.book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.find(name), name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.find(name), name).trackExistence();
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.find(this.ctx.book.active), 'active');
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.ctx.enqueue({ addSheet: name }, () => {
      if (this.find(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
      created = newSheet(name);
      this.ctx.book.sheets.push(created);
      fireSheetEvent(this.ctx.book);
    });
    return new FakeWorksheet(this.ctx, () => created, name);
  }

  /** Sheet events: every handler hears every add, delete and rename. */
  get onAdded(): { add(handler: () => Promise<void>): void } { return this.events(); }
  get onDeleted(): { add(handler: () => Promise<void>): void } { return this.events(); }
  get onNameChanged(): { add(handler: () => Promise<void>): void } { return this.events(); }

  private events(): { add(handler: () => Promise<void>): void } {
    return { add: (handler) => this.ctx.enqueue({ event: 'add' }, () => { this.ctx.book.sheetEvents.push(handler); }) };
  }

  load(_properties?: string): this {
    this.ctx.enqueue({ load: 'worksheets' }, () => {
      this.loadedItems = this.ctx.book.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s, s.name);
        ws.setLoaded({ name: s.name });
        return ws;
      });
      return this.ctx.book.sheets.map((s) => s.name);
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (this.loadedItems === null) throw new FakeOfficeError('PropertyNotLoaded', 'worksheets.items not loaded');
    return this.loadedItems;
  }
}
