import type { ColumnKind, Issue, NumberStyle, ParsedValue, RawCell } from '../model/model';
import type { TargetReading } from '../values/read-target';
import { cellAddress } from '../table/address';
import { CELL_RULES } from './registry';
import type { CellCheck, CellRole, IssuePlace, RowCheck } from './rule';

/** The cell check of a run: one object, refilled for each cell read, so that checking a cell allocates nothing. */
export class CellState implements CellCheck {
  role: CellRole = 'actual';
  cell: RawCell | undefined = undefined;
  parsed: ParsedValue | null = null;
  target: TargetReading | null = null;
  row: RowCheck | null = null;
  private sheet = '';
  private rowIndex = 0;
  private column = 0;
  private code: string | null = null;
  private address: string | null = null;

  /** Starts the cell checks of a run in a number style. */
  constructor(readonly style: NumberStyle) {}

  /** Checks a row's target or actual cell, adding the issues of the cell rules. */
  checkRowCell(row: RowCheck, role: 'target' | 'actual', cell: RawCell | undefined, parsed: ParsedValue | null, target: TargetReading | null, issues: Issue[]): void {
    this.fill(role, cell, parsed, target, row);
    this.run(issues);
  }

  /** Checks a catalogue's target cell at a 0-based row and column, adding the issues of the cell rules. */
  checkCatalogueTarget(cell: RawCell | undefined, target: TargetReading, sheet: string, rowIndex: number, column: number, code: string, issues: Issue[]): void {
    this.fill('catalogue-target', cell, null, target, null);
    this.sheet = sheet;
    this.rowIndex = rowIndex;
    this.column = column;
    this.code = code;
    this.address = null;
    this.run(issues);
  }

  /** Checks a breakdown part's cell at an A1 address, adding the issues of the cell rules. */
  checkPart(cell: RawCell | undefined, parsed: ParsedValue, sheet: string, address: string, code: string | null, issues: Issue[]): void {
    this.fill('part', cell, parsed, null, null);
    this.sheet = sheet;
    this.code = code;
    this.address = address;
    this.run(issues);
  }

  /** The place of an issue about the cell. */
  place(): IssuePlace {
    if (this.row) return this.row.place(this.role === 'target' ? 'target' : 'actual');
    return { sheet: this.sheet, cell: this.address ?? cellAddress(this.rowIndex, this.column), code: this.code };
  }

  /** The place of an issue about another column of the cell's row (the cell itself outside a data row). */
  placeAt(kind: ColumnKind): IssuePlace {
    return this.row ? this.row.place(kind) : this.place();
  }

  /** Sets what every cell check has. */
  private fill(role: CellRole, cell: RawCell | undefined, parsed: ParsedValue | null, target: TargetReading | null, row: RowCheck | null): void {
    this.role = role;
    this.cell = cell;
    this.parsed = parsed;
    this.target = target;
    this.row = row;
  }

  /** Runs the cell rules in registry order. */
  private run(issues: Issue[]): void {
    for (let i = 0; i < CELL_RULES.length; i++) CELL_RULES[i].check(this, issues);
  }
}
