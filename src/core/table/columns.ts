import type { ColumnKind } from '../model/model';
import type { HeaderRow } from '../parse/headers';

/** The 0-based column chosen for each recognised kind (absent kinds are missing). */
export type ColumnMap = Partial<Record<ColumnKind, number>>;

/** Every column of a kind, left to right, with its header text. */
export function columnsOf(header: HeaderRow, kind: ColumnKind): ReadonlyArray<{ col: number; text: string }> {
  return header.columns.filter((c) => c.kind === kind).sort((a, b) => a.col - b.col);
}

/** A column map with every kind present (undefined), so that every map has the same fast object shape. */
function emptyColumnMap(): Record<ColumnKind, number | undefined> {
  return {
    stt: undefined, code: undefined, name: undefined, field: undefined, unit: undefined, direction: undefined, target: undefined,
    actual: undefined, statedRate: undefined, assessment: undefined, override: undefined, reason: undefined, agency: undefined, note: undefined,
    baseline: undefined, statedBaselineRate: undefined,
  };
}

const YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/;

/** The year a header names ("Thực hiện năm 2022" → 2022), or undefined. */
function yearOf(text: string): number | undefined {
  const m = YEAR.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * The baseline among several actual columns that name periods (SPEC §5.1): the latest period before the
 * chosen actual column ("Thực hiện năm 2022" before "Thực hiện năm 2023"); undefined when none names an
 * earlier year.
 */
export function earlierPeriodColumn(actuals: ReadonlyArray<{ col: number; text: string }>, actual: number): number | undefined {
  const chosen = actuals.find((a) => a.col === actual);
  const chosenYear = chosen && yearOf(chosen.text);
  if (chosenYear === undefined) return undefined;
  let best: { col: number; year: number } | undefined;
  for (const a of actuals) {
    const year = yearOf(a.text);
    if (a.col === actual || year === undefined || year >= chosenYear) continue;
    if (!best || year > best.year || (year === best.year && a.col > best.col)) best = { col: a.col, year };
  }
  return best?.col;
}

/**
 * Chooses one column per kind: the actual column as given (or the rightmost), a target column left of
 * it (the nearest), stated-rate columns right of it (the nearest), the baseline (a "Cùng kỳ" column, else
 * an earlier period's actual column) and the first column for the rest.
 */
export function chooseColumns(header: HeaderRow, actualCol?: number): ColumnMap {
  const map: Record<ColumnKind, number | undefined> = emptyColumnMap();
  const kinds = new Set(header.columns.map((c) => c.kind));
  const actuals = columnsOf(header, 'actual');
  const actual = actualCol ?? (actuals.length ? actuals[actuals.length - 1].col : undefined);
  if (actual !== undefined) map.actual = actual;
  for (const kind of kinds) {
    if (kind === 'actual') continue;
    const cols = columnsOf(header, kind).map((c) => c.col);
    if (actual !== undefined && kind === 'target') {
      const left = cols.filter((c) => c < actual);
      map.target = left.length ? left[left.length - 1] : cols[0];
    } else if (actual !== undefined && (kind === 'statedRate' || kind === 'statedBaselineRate')) {
      map[kind] = cols.find((c) => c > actual) ?? cols[cols.length - 1];
    } else {
      map[kind] = cols[0];
    }
  }
  if (actual !== undefined) applyColumnFormulas(header, map, actual);
  if (map.baseline === undefined && actual !== undefined) map.baseline = earlierPeriodColumn(actuals, actual);
  return map;
}

/** Kinds a comparison's divisor column may have: plain numbers, a baseline, an earlier actual, the target. */
const BASELINE_KINDS: ReadonlySet<ColumnKind> = new Set<ColumnKind>(['baseline', 'actual', 'target']);

/**
 * Reads the column-number row's formulas (SPEC §2.1, "4=3/2"): a comparison of the actual with the target
 * column is the stated rate; with any other column, the stated baseline rate, that column being the baseline.
 */
function applyColumnFormulas(header: HeaderRow, map: Record<ColumnKind, number | undefined>, actual: number): void {
  const numbers = header.columnNumbers;
  if (!numbers) return;
  const columnOf = (n: number) => Object.keys(numbers.numberOf).map(Number).find((c) => numbers.numberOf[c] === n);
  for (const [col, formula] of Object.entries(numbers.formulaOf)) {
    if (columnOf(formula.num) !== actual) continue;
    const den = columnOf(formula.den);
    const denKind = header.columns.find((c) => c.col === den)?.kind;
    if (den === undefined || (denKind !== undefined && !BASELINE_KINDS.has(denKind))) continue;
    if (den === map.target) map.statedRate = Number(col);
    else if (map.baseline === undefined || map.baseline === den) [map.statedBaselineRate, map.baseline] = [Number(col), den];
  }
}
