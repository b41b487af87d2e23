import type { Catalogue, CatalogueEntry } from '../model/catalogue';
import type { Issue } from '../model/model';
import { CellState } from '../rules/cell-state';
import { MATCH_RULES, SCOPE_RULES } from '../rules/registry';
import type { MatchCheck } from '../rules/rule';
import type { DataRow } from '../table/read-data-sheet';
import { normalizeName } from '../text/normalize';
import type { AssessContext } from './assess-row';
import { assessRow } from './assess-row';
import { closest } from './closest';
import { nameKey } from '../forms/name-key';
import type { NameIndex } from '../forms/name-match';
import { nameIndex, nameSuggestions, nearName } from '../forms/name-match';
import { readParts } from './parts';
import type { IndicatorResult } from './result';
import { RowState } from './row-state';

/** Every catalogue indicator's result (catalogue order) and every issue found. */
export interface Evaluation {
  readonly results: readonly IndicatorResult[];
  readonly issues: readonly Issue[];
}

/** Suggestions and near names are searched only in catalogues up to this size, to keep big runs fast. */
const SUGGESTION_LIMIT = 5000;

/** How each row found its catalogue entry (by index of the row): the entry (or none), and whether by a near name (warned). */
interface RowMatches {
  readonly entries: Array<CatalogueEntry | undefined>;
  /** Rows matched by a near name, or null when none was searched. */
  readonly near: Set<number> | null;
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
function matchRows(catalogue: Catalogue, rows: readonly DataRow[], index: () => NameIndex, entryOf?: (row: DataRow) => CatalogueEntry | undefined): RowMatches {
  const entries: Array<CatalogueEntry | undefined> = new Array(rows.length);
  let next = 0;
  let unmatchedNames = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const key = row.codeKey;
    const entry = entryOf ? entryOf(row) : key ? byCode(catalogue, key, next) : row.name ? index().byKey.get(nameKey(row.name)) : undefined;
    if (entry) next = entry.ordinal + 1;
    else if (!key && row.name) unmatchedNames = true;
    entries[i] = entry;
  }
  if (!unmatchedNames || entryOf || catalogue.entries.length > SUGGESTION_LIMIT) return { entries, near: null };
  const taken = new Set<CatalogueEntry>();
  for (const entry of entries) if (entry) taken.add(entry);
  const near = new Set<number>();
  rows.forEach((row, i) => {
    if (entries[i] || row.codeKey || !row.name) return;
    const entry = nearName(row.name, index(), (e) => !taken.has(e));
    if (!entry) return;
    taken.add(entry);
    entries[i] = entry;
    near.add(i);
  });
  return { entries, near };
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

/** The match check of a run: one object, refilled for each data row. */
class MatchState implements MatchCheck {
  row!: DataRow;
  entry: CatalogueEntry | undefined = undefined;
  near = false;
  first: DataRow | null = null;

  /** Starts the match checks of a run over a catalogue and its (lazily built) name index. */
  constructor(
    private readonly catalogue: Catalogue,
    private readonly index: () => NameIndex,
  ) {}

  /** Refills the check for a row, its entry (found by a near name or not) and the row that already gave the entry its result. */
  fill(row: DataRow, entry: CatalogueEntry | undefined, near: boolean, first: DataRow | null): void {
    this.row = row;
    this.entry = entry;
    this.near = near;
    this.first = first;
  }

  /** The closest known codes or names to the row's unknown one. */
  suggestion(): string | undefined {
    return suggestion(this.catalogue, this.row, this.index);
  }
}

/**
 * Matches data rows to the catalogue, assesses the first row of each indicator (with its breakdown parts)
 * and reports what is wrong. `entryOf` gives each row its entry when the form is its own catalogue (SPEC §2.2).
 */
export function evaluate(catalogue: Catalogue, rows: readonly DataRow[], settings: Pick<AssessContext, 'style' | 'thresholds'>, entryOf?: (row: DataRow) => CatalogueEntry | undefined): Evaluation {
  const ctx: AssessContext = { style: settings.style, thresholds: settings.thresholds, targets: new Map(), rowState: new RowState(settings.style), cellState: new CellState(settings.style) };
  const issues: Issue[] = [...catalogue.issues];
  const byOrdinal: Array<IndicatorResult | undefined> = new Array(catalogue.entries.length);
  let names: NameIndex | null = null;
  const index = () => (names ??= nameIndex(catalogue.entries));
  const matches = matchRows(catalogue, rows, index, entryOf);
  const check = new MatchState(catalogue, index);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const entry = matches.entries[i];
    const first = entry ? byOrdinal[entry.ordinal]?.row ?? null : null;
    check.fill(row, entry, matches.near !== null && matches.near.has(i), first);
    for (let r = 0; r < MATCH_RULES.length; r++) MATCH_RULES[r].check(check, issues);
    if (!entry || first) continue;
    const result = assessRow(entry, row, ctx, issues);
    const parts = readParts(row, entry.code, ctx.style, ctx.cellState, issues);
    byOrdinal[entry.ordinal] = parts ? { ...result, parts } : result;
  }
  // Entries are numbered in catalogue order, so the array of results by ordinal becomes the results once filled.
  const entries = catalogue.entries;
  for (let o = 0; o < entries.length; o++) {
    const found = byOrdinal[o];
    for (let r = 0; r < SCOPE_RULES.length; r++) SCOPE_RULES[r].check(entries[o], found !== undefined, issues);
    if (!found) byOrdinal[o] = unassessed(entries[o]);
  }
  return { results: byOrdinal as IndicatorResult[], issues };
}
