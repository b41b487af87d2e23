/**
 * Matches data rows without a code to catalogue names (SPEC §2.3): equal keys first; else exactly one
 * catalogue name clearly the same (token similarity ≥ 0.85 with abbreviations spelled out), which is a
 * match with a `name-mismatch` warning; else the closest names as suggestions.
 */
import type { CatalogueEntry } from '../model/catalogue';
import { firstByKey } from '../model/first-by-key';
import { nameKey, nameTokens, tokenSimilarity } from './name-key';

/** How similar two names must be to be taken as the same indicator. */
export const NEAR_NAME_SIMILARITY = 0.85;
/** How similar a name must be to be suggested. */
const SUGGEST_SIMILARITY = 0.4;

/** A catalogue's names prepared for matching: entries by exact key, and each entry's tokens (each built on first use). */
export interface NameIndex {
  readonly byKey: ReadonlyMap<string, CatalogueEntry>;
  readonly tokens: ReadonlyArray<readonly [CatalogueEntry, readonly string[]]>;
}

/** The name index of catalogue entries (the first entry of a key wins); nothing is computed until it is read. */
export function nameIndex(entries: readonly CatalogueEntry[]): NameIndex {
  let index = NAME_INDEXES.get(entries);
  if (!index) NAME_INDEXES.set(entries, (index = newNameIndex(entries)));
  return index;
}

/** Indexes already made, by the entries they index: units checked against one catalogue share its index. */
const NAME_INDEXES = new WeakMap<readonly CatalogueEntry[], NameIndex>();

/** A name index of the entries, each part built on first use. */
function newNameIndex(entries: readonly CatalogueEntry[]): NameIndex {
  let byKey: Map<string, CatalogueEntry> | null = null;
  let tokens: Array<readonly [CatalogueEntry, readonly string[]]> | null = null;
  return {
    get byKey(): ReadonlyMap<string, CatalogueEntry> {
      return (byKey ??= firstByKey(entries, (entry) => nameKey(entry.name)));
    },
    get tokens(): ReadonlyArray<readonly [CatalogueEntry, readonly string[]]> {
      return (tokens ??= entries.map((entry) => [entry, nameTokens(nameKey(entry.name))] as const));
    },
  };
}

/** Candidates ranked by similarity to a name, best first, above a floor. */
function ranked(name: string, index: NameIndex, open: (entry: CatalogueEntry) => boolean, floor: number): Array<[CatalogueEntry, number]> {
  const tokens = nameTokens(nameKey(name));
  const out: Array<[CatalogueEntry, number]> = [];
  for (const [entry, other] of index.tokens) {
    if (!open(entry)) continue;
    const s = tokenSimilarity(tokens, other);
    if (s >= floor) out.push([entry, s]);
  }
  return out.sort((a, b) => b[1] - a[1] || a[0].ordinal - b[0].ordinal);
}

/**
 * The one open entry clearly the same as a name: the only one at or above the similarity bar (or the only
 * one with every word equal once abbreviations are spelled out); undefined when none or several are.
 */
export function nearName(name: string, index: NameIndex, open: (entry: CatalogueEntry) => boolean): CatalogueEntry | undefined {
  const near = ranked(name, index, open, NEAR_NAME_SIMILARITY);
  if (near.length === 1) return near[0][0];
  const same = near.filter(([, s]) => s === 1);
  return same.length === 1 ? same[0][0] : undefined;
}

/** Up to three catalogue names closest to a name, as `CODE “name”` joined for a message; undefined when none is close. */
export function nameSuggestions(name: string, index: NameIndex): string | undefined {
  const best = ranked(name, index, () => true, SUGGEST_SIMILARITY).slice(0, 3);
  return best.length ? best.map(([e]) => (e.code ? `${e.code} “${e.name}”` : `“${e.name}”`)).join(', ') : undefined;
}
