/** Small stage contexts for calling one rule's check directly, with the places they give issues. */
import type { CatalogueEntry } from '../../../src/core/model/catalogue';
import type { TargetReading } from '../../../src/core/values/read-target';
import { RowState } from '../../../src/core/evaluate/row-state';
import type { ColumnKind, Issue, ParsedValue, RawCell } from '../../../src/core/model/model';
import { parseCellValue } from '../../../src/core/parse/value';
import type { Rational } from '../../../src/core/model/rational';
import { fromNumber } from '../../../src/core/model/rational';
import type { CellCheck, CellRole, RuleDefinition, StageCheck } from '../../../src/core/rules/rule';
import type { ColumnMap } from '../../../src/core/table/columns';
import { DataRow } from '../../../src/core/table/read-data-sheet';

/** Columns of the test data row: A code, B name, C unit, D target, E actual, F rate, G assessment, H override, I reason, J baseline, K baseline rate. */
const COLUMNS: ColumnMap = { code: 0, name: 1, unit: 2, target: 3, actual: 4, statedRate: 5, assessment: 6, override: 7, reason: 8, baseline: 9, statedBaselineRate: 10 };

/** Cells of a test data row, by column kind. */
export type RowCells = Partial<Record<ColumnKind, RawCell['value']>>;

/** A data row on sheet "Data", row 5, with the given cells (code, name, unit, assessment, override and reason read as text). */
export function dataRow(cells: RowCells = {}): DataRow {
  const raw: Array<RawCell | undefined> = [];
  for (const [kind, col] of Object.entries(COLUMNS)) {
    const value = cells[kind as ColumnKind];
    raw[col as number] = value === undefined || value === null ? undefined : { value };
  }
  const text = (kind: ColumnKind): string | null => (cells[kind] === undefined || cells[kind] === null ? null : String(cells[kind]));
  return new DataRow('Data', 4, raw, COLUMNS, text('code'), text('name'), text('unit'), null, text('assessment'), text('override'), text('reason'));
}

/** A catalogue entry (code KT01 unless given) on sheet "DM", row 3. */
export function entry(over: Partial<CatalogueEntry> = {}): CatalogueEntry {
  return {
    ordinal: 0, code: 'KT01', key: 'kt01', name: 'Thu ngân sách', field: null, unit: null, direction: 'increase',
    targetValue: null, targetText: '', baseline: null, agency: null, sheet: 'DM', row: 3, codeColumn: 1, ...over,
  };
}

/** Settable fields of a row check. */
type RowFields = Partial<Omit<RowState, 'entry' | 'row' | 'style' | 'place' | 'start'>>;

/** A row check of a data row matched to an entry, with fields set as given (others as reset for a new row). */
export function rowCheck(cells: RowCells, over: RowFields = {}, catalogue: Partial<CatalogueEntry> = {}): RowState {
  const state = new RowState('vi');
  state.start(entry(catalogue), dataRow(cells), { kind: 'same' }, false);
  Object.assign(state, over);
  return state;
}

/** A cell check of one role over a raw value (parsed for an actual or part), placed at "Data!X9" outside a row. */
export function cellCheck(role: CellRole, value: RawCell['value'] | undefined, over: { target?: TargetReading; row?: RowState; parsed?: ParsedValue | null } = {}): CellCheck {
  const cell: RawCell | undefined = value === undefined || value === null ? undefined : { value };
  const row = over.row ?? null;
  const parsed = over.parsed !== undefined ? over.parsed : role === 'actual' || role === 'part' ? parseCellValue(cell, 'vi') : null;
  const place = () => (row ? row.place(role === 'target' ? 'target' : 'actual') : { sheet: 'Data', cell: 'X9', code: 'KT01' });
  return {
    role, cell, style: 'vi', parsed, target: over.target ?? null, row, place,
    placeAt: (kind: ColumnKind) => (row ? row.place(kind) : place()),
  };
}

/** A target reading as readTargetCell gives it, with the fields given. */
export function targetReading(over: Partial<TargetReading> = {}): TargetReading {
  return { value: null, unreadable: false, errorCode: null, ambiguousRead: null, ...over };
}

/** A number as an exact value. */
export const exact = (n: number): Rational => fromNumber(n);

/** The issues a check adds when called with these arguments. */
export function run<S extends keyof StageCheck>(rule: RuleDefinition<S>, ...args: DropLast<Parameters<StageCheck[S]>>): Issue[] {
  const issues: Issue[] = [];
  (rule.check as (...a: unknown[]) => void)(...args, issues);
  return issues;
}

/** A tuple without its last element. */
type DropLast<T extends unknown[]> = T extends [...infer Head, unknown] ? Head : never;

/** An issue reduced to what the tables of the rule tests compare: rule, severity, cell and params. */
export function brief(issue: Issue): { rule: string; severity: string; cell: string; params: Issue['params'] } {
  return { rule: issue.rule, severity: issue.severity, cell: issue.cell, params: issue.params };
}
