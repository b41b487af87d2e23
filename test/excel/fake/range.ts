/** Fake Excel.Range / RangeAreas over the in-memory sheet, with recorded formats and conditional formats. */
import { blockAddress, parseRangeAddress } from '../../../src/core';
import type { CellBlock } from '../../../src/core';
import type { FakeContext } from './context';
import { FakeClientObject, FakeOfficeError } from './context';
import type { FakeCell, FakeSheet } from './state';
import { FakeConditionalFormatCollection, recordingProxy } from './extras';

/** Resolves the sheet a proxy refers to at sync time. */
export type SheetResolver = () => FakeSheet;

/** A range over one or more blocks of one sheet. */
export class FakeRange extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly sheet: SheetResolver, private readonly blocks: () => CellBlock[] | null) {
    super(ctx);
  }

  private get areas(): string {
    return (this.blocks() ?? []).map(blockAddress).join(',');
  }

  private wireAreas(): string {
    try {
      return this.areas;
    } catch {
      return '?';
    }
  }

  protected override exists(): boolean {
    return this.blocks() !== null;
  }

  protected override readProperties(list: string[]): Record<string, unknown> {
    const block = (this.blocks() ?? [])[0];
    const sheet = this.sheet();
    const out: Record<string, unknown> = {};
    const matrix = <T>(pick: (cell: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: block.rows }, (_, r) => Array.from({ length: block.cols }, (_, c) => pick(sheet.cells[block.row + r]?.[block.col + c])));
    for (const p of list) {
      if (p === 'values') out[p] = matrix((c) => (c === undefined ? '' : c.value));
      else if (p === 'numberFormat') out[p] = matrix((c) => c?.numberFormat ?? 'General');
      else if (p === 'formulas') out[p] = matrix((c) => (c === undefined ? '' : (c.formula ?? c.value)));
      else if (p === 'valueTypes') out[p] = matrix(valueType);
      else if (p === 'rowIndex') out[p] = block.row;
      else if (p === 'columnIndex') out[p] = block.col;
      else if (p === 'rowCount') out[p] = block.rows;
      else if (p === 'columnCount') out[p] = block.cols;
      else if (p === 'address') out[p] = `${sheet.name}!${this.areas}`;
      else throw new FakeOfficeError('InvalidArgument', `fake range cannot load ${p}`);
    }
    return out;
  }

  /** The areas this range covers (resolved at sync). */
  describe(): string {
    return this.areas;
  }

  get values(): unknown[][] { return this.loadedValue('values'); }
  set values(matrix: unknown[][]) { this.write('values', matrix, (cell, v) => writeValue(cell, v)); }
  get numberFormat(): unknown[][] { return this.loadedValue('numberFormat'); }
  set numberFormat(matrix: unknown[][]) { this.write('numberFormat', matrix, (cell, v) => { cell.numberFormat = String(v); }); }
  get formulas(): unknown[][] { return this.loadedValue('formulas'); }
  set formulas(matrix: unknown[][]) { this.write('formulas', matrix, (cell, v) => writeValue(cell, v, true)); }
  get valueTypes(): string[][] { return this.loadedValue('valueTypes'); }
  get rowIndex(): number { return this.loadedValue('rowIndex'); }
  get columnIndex(): number { return this.loadedValue('columnIndex'); }
  get rowCount(): number { return this.loadedValue('rowCount'); }
  get columnCount(): number { return this.loadedValue('columnCount'); }
  get address(): string { return this.loadedValue('address'); }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.enqueue({ set: 'hyperlink', areas: this.wireAreas(), link }, () => {
      const block = (this.blocks() ?? [])[0];
      this.sheet().hyperlinks.set(blockAddress(block), { ...link });
      if (link.textToDisplay !== undefined) writeValue(cellAt(this.sheet(), block.row, block.col), link.textToDisplay);
    });
  }

  /** Records every format property set through it on the sheet, for this range's areas. */
  get format(): Record<string, unknown> {
    return recordingProxy(this.ctx, () => this.sheet(), () => this.areas, 'format');
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, this.sheet, () => this.areas, () => this.blocks() ?? []);
  }

  /** The smallest block of this range holding every non-empty value (Range.getUsedRangeOrNullObject). */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => usedWithin(this.sheet(), (this.blocks() ?? [])[0]));
  }

  merge(across: boolean): void {
    this.ctx.enqueue({ merge: this.wireAreas(), across }, () => this.sheet().merges.push(this.areas));
  }

  select(): void {
    this.ctx.enqueue({ select: this.wireAreas() }, () => {
      this.ctx.book.selection = { sheet: this.sheet().name, address: this.areas };
    });
  }

  private write(property: string, matrix: unknown[][], apply: (cell: FakeCell, value: unknown) => void): void {
    this.ctx.enqueue({ set: property, areas: this.wireAreas(), matrix }, () => {
      const block = (this.blocks() ?? [])[0];
      if (matrix.length !== block.rows || matrix.some((row) => row.length !== block.cols)) {
        throw new FakeOfficeError('InvalidArgument', `matrix does not match ${blockAddress(block)}`);
      }
      matrix.forEach((row, r) => row.forEach((v, c) => apply(cellAt(this.sheet(), block.row + r, block.col + c), v)));
    });
  }
}

/** The smallest block within `bounds` (the whole sheet when absent) holding every non-empty value, or null. */
export function usedWithin(sheet: FakeSheet, bounds?: CellBlock): CellBlock[] | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  sheet.cells.forEach((row, r) => row?.forEach((cell, c) => {
    if (cell === undefined || (cell.value === '' && cell.formula === undefined)) return;
    if (bounds && (r < bounds.row || r >= bounds.row + bounds.rows || c < bounds.col || c >= bounds.col + bounds.cols)) return;
    top = Math.min(top, r); bottom = Math.max(bottom, r); left = Math.min(left, c); right = Math.max(right, c);
  }));
  if (bottom < 0) return null;
  return [{ row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 }];
}

/** Parses an address list "A1:B2,D4" into blocks. */
export function blocksOf(address: string): CellBlock[] {
  return address.split(',').map((a) => parseRangeAddress(a.trim()));
}

function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell {
  const cells = (sheet.cells[row] ??= []);
  return (cells[col] ??= { value: '', numberFormat: 'General' });
}

/** Writes a value the way Excel would: "=…" becomes a formula unless the cell is formatted as text. */
function writeValue(cell: FakeCell, value: unknown, forceFormula = false): void {
  delete cell.formula;
  delete cell.error;
  if (typeof value === 'string' && value.startsWith('=') && (forceFormula || cell.numberFormat !== '@')) {
    cell.formula = value;
    cell.value = `<formula ${value}>`;
    return;
  }
  cell.value = value === null || value === undefined ? '' : (value as string | number | boolean);
}

function valueType(cell: FakeCell | undefined): string {
  if (cell === undefined || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}
