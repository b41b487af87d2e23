import type { Catalogue, CatalogueEntry } from '../catalogue/read-catalogue';
import { entryCell } from '../catalogue/read-catalogue';
import type { Issue } from '../model';
import { checkNameMismatch } from '../rules/name-mismatch';
import type { IssuePlace } from '../rules/severity';
import { makeIssue } from '../rules/severity';
import type { DataRow } from '../table/read-data-sheet';
import { normalizeName } from '../text/normalize';
import type { AssessContext } from './assess-row';
import { assessRow } from './assess-row';
import { closest } from './closest';
import type { IndicatorResult } from './result';

/** Every catalogue indicator's result (catalogue order) and every issue found. */
export interface Evaluation {
  readonly results: readonly IndicatorResult[];
  readonly issues: readonly Issue[];
}

/** Suggestions are searched only in catalogues up to this size, to keep big runs fast. */
const SUGGESTION_LIMIT = 5000;

/**
 * The catalogue entry a row refers to: by code, else (no code) by exact normalized name. Data rows usually
 * follow the catalogue's order, so the entry after the previous match is tried before the code index.
 */
function findEntry(catalogue: Catalogue, row: DataRow, next: number): CatalogueEntry | undefined {
  const key = row.codeKey;
  if (key) {
    const guess = catalogue.entries[next];
    return guess !== undefined && guess.key === key ? guess : catalogue.byCode.get(key);
  }
  return row.name ? catalogue.byName().get(normalizeName(row.name)) : undefined;
}

/** The closest known code or name to an unknown one, written as `CODE “name”`. */
function suggestion(catalogue: Catalogue, row: DataRow): string | undefined {
  if (catalogue.entries.length > SUGGESTION_LIMIT) return undefined;
  if (row.codeKey) {
    const key = closest(row.codeKey, [...catalogue.byCode.keys()]);
    const entry = key ? catalogue.byCode.get(key) : undefined;
    return entry && `${entry.code} “${entry.name}”`;
  }
  const name = closest(normalizeName(row.name ?? ''), [...catalogue.byName().keys()]);
  const entry = name ? catalogue.byName().get(name) : undefined;
  return entry && `${entry.code} “${entry.name}”`;
}

/** An indicator that has no data row: counted as unassessed. */
function unassessed(entry: CatalogueEntry): IndicatorResult {
  return {
    entry,
    row: null,
    field: entry.field,
    unit: entry.unit,
    actual: null,
    target: null,
    targetText: entry.targetText,
    rate: null,
    band: 'unassessed',
    override: null,
    flag: null,
  };
}

/** Matches data rows to the catalogue, assesses the first row of each indicator and reports what is wrong. */
export function evaluate(catalogue: Catalogue, rows: readonly DataRow[], settings: Omit<AssessContext, 'targets'>): Evaluation {
  const ctx: AssessContext = { ...settings, targets: new Map() };
  const issues: Issue[] = [...catalogue.issues];
  const byOrdinal: Array<IndicatorResult | undefined> = new Array(catalogue.entries.length);
  let next = 0;
  for (const row of rows) {
    const entry = findEntry(catalogue, row, next);
    if (entry) next = entry.ordinal + 1;
    const place = (): IssuePlace => ({ sheet: row.sheet, cell: row.identityCell, code: entry?.code ?? row.code });
    if (!entry) {
      const hint = suggestion(catalogue, row);
      issues.push(makeIssue('unknown-indicator', place(), { value: row.code ?? row.name ?? '', ...(hint ? { suggestion: hint } : {}) }));
      continue;
    }
    const nameIssue = checkNameMismatch(row, entry);
    if (nameIssue) issues.push(nameIssue);
    const first = byOrdinal[entry.ordinal];
    if (first?.row) {
      const firstCell = first.row.sheet === row.sheet ? first.row.identityCell : `${first.row.sheet}!${first.row.identityCell}`;
      issues.push(makeIssue('duplicate-indicator', place(), { firstCell }));
      continue;
    }
    byOrdinal[entry.ordinal] = assessRow(entry, row, ctx, issues);
  }
  const results = catalogue.entries.map((entry) => {
    const found = byOrdinal[entry.ordinal];
    if (found) return found;
    issues.push(makeIssue('missing-indicator', { sheet: entry.sheet, cell: entryCell(entry), code: entry.code }, { name: entry.name }));
    return unassessed(entry);
  });
  return { results, issues };
}
