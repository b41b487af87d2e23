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
import { nameKey } from '../forms/name-key';
import type { NameIndex } from '../forms/name-match';
import { nameIndex, nameSuggestions, nearName } from '../forms/name-match';
import { readParts } from '../forms/parts';
import type { IndicatorResult } from './result';

/** Every catalogue indicator's result (catalogue order) and every issue found. */
export interface Evaluation {
  readonly results: readonly IndicatorResult[];
  readonly issues: readonly Issue[];
}

/** Suggestions and near names are searched only in catalogues up to this size, to keep big runs fast. */
const SUGGESTION_LIMIT = 5000;

/** How a row found its catalogue entry: by code or equal name, by a near name (warned), or not at all. */
interface RowMatch {
  readonly entry: CatalogueEntry | undefined;
  readonly near: boolean;
}

/** The entry of a row with a code. Data rows usually follow the catalogue's order, so the entry after the previous match is tried first. */
function byCode(catalogue: Catalogue, key: string, next: number): CatalogueEntry | undefined {
  const guess = catalogue.entries[next];
  return guess !== undefined && guess.key === key ? guess : catalogue.byCode.get(key);
}

/**
 * Matches every row (SPEC §2.3): by code, else by equal name key; then rows still without an entry (and
 * without a code) against the entries no row took, by near name. `entryOf` replaces the lookup when the
 * form is its own catalogue.
 */
function matchRows(catalogue: Catalogue, rows: readonly DataRow[], index: () => NameIndex, entryOf?: (row: DataRow) => CatalogueEntry | undefined): RowMatch[] {
  const out: RowMatch[] = new Array(rows.length);
  const taken = new Set<CatalogueEntry>();
  let next = 0;
  let unmatchedNames = false;
  rows.forEach((row, i) => {
    const key = row.codeKey;
    const entry = entryOf ? entryOf(row) : key ? byCode(catalogue, key, next) : row.name ? index().byKey.get(nameKey(row.name)) : undefined;
    if (entry) {
      next = entry.ordinal + 1;
      taken.add(entry);
    } else if (!key && row.name) unmatchedNames = true;
    out[i] = { entry, near: false };
  });
  if (!unmatchedNames || entryOf || catalogue.entries.length > SUGGESTION_LIMIT) return out;
  rows.forEach((row, i) => {
    if (out[i].entry || row.codeKey || !row.name) return;
    const entry = nearName(row.name, index(), (e) => !taken.has(e));
    if (!entry) return;
    taken.add(entry);
    out[i] = { entry, near: true };
  });
  return out;
}

/** The closest known codes or names to an unknown one, written as `CODE “name”`. */
function suggestion(catalogue: Catalogue, row: DataRow, index: () => NameIndex): string | undefined {
  if (catalogue.entries.length > SUGGESTION_LIMIT) return undefined;
  if (row.codeKey) {
    const key = closest(row.codeKey, [...catalogue.byCode.keys()]);
    const entry = key ? catalogue.byCode.get(key) : undefined;
    return entry && `${entry.code} “${entry.name}”`;
  }
  const names = nameSuggestions(row.name ?? '', index());
  if (names) return names;
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

/** The place of the name cell of a row, for a warning about its name. */
function nameMismatch(row: DataRow, entry: CatalogueEntry): Issue {
  return makeIssue('name-mismatch', { sheet: row.sheet, cell: row.address('name') ?? row.identityCell, code: entry.code }, { name: row.name ?? '', expected: entry.name });
}

/**
 * Matches data rows to the catalogue, assesses the first row of each indicator (with its breakdown parts)
 * and reports what is wrong. `entryOf` gives each row its entry when the form is its own catalogue (SPEC §2.2).
 */
export function evaluate(catalogue: Catalogue, rows: readonly DataRow[], settings: Omit<AssessContext, 'targets'>, entryOf?: (row: DataRow) => CatalogueEntry | undefined): Evaluation {
  const ctx: AssessContext = { ...settings, targets: new Map() };
  const issues: Issue[] = [...catalogue.issues];
  const byOrdinal: Array<IndicatorResult | undefined> = new Array(catalogue.entries.length);
  let names: NameIndex | null = null;
  const index = () => (names ??= nameIndex(catalogue.entries));
  const matches = matchRows(catalogue, rows, index, entryOf);
  rows.forEach((row, i) => {
    const { entry, near } = matches[i];
    const place = (): IssuePlace => ({ sheet: row.sheet, cell: row.identityCell, code: entry?.code ?? row.code });
    if (!entry) {
      const hint = suggestion(catalogue, row, index);
      issues.push(makeIssue('unknown-indicator', place(), { value: row.code ?? row.name ?? '', ...(hint ? { suggestion: hint } : {}) }));
      return;
    }
    const nameIssue = near ? nameMismatch(row, entry) : checkNameMismatch(row, entry);
    if (nameIssue) issues.push(nameIssue);
    const first = byOrdinal[entry.ordinal];
    if (first?.row) {
      const firstCell = first.row.sheet === row.sheet ? first.row.identityCell : `${first.row.sheet}!${first.row.identityCell}`;
      issues.push(makeIssue('duplicate-indicator', place(), { firstCell }));
      return;
    }
    const result = assessRow(entry, row, ctx, issues);
    const parts = readParts(row, entry.code, ctx.style, issues);
    byOrdinal[entry.ordinal] = parts ? { ...result, parts } : result;
  });
  const results = catalogue.entries.map((entry) => {
    const found = byOrdinal[entry.ordinal];
    if (found) return found;
    issues.push(makeIssue('missing-indicator', { sheet: entry.sheet, cell: entryCell(entry), code: entry.code }, { name: entry.name }));
    return unassessed(entry);
  });
  return { results, issues };
}
