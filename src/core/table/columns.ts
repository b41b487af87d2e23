import type { ColumnKind } from '../model';
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

/**
 * Chooses one column per kind: the actual column as given (or the rightmost), a target column left of
 * it (the nearest), a stated-rate column right of it (the nearest), and the first column for the rest.
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
    } else if (actual !== undefined && kind === 'statedRate') {
      map.statedRate = cols.find((c) => c > actual) ?? cols[cols.length - 1];
    } else {
      map[kind] = cols[0];
    }
  }
  return map;
}
