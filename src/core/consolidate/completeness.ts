/** Which expected units reported and which did not (SPEC §10 completeness). */
import { consolidationWords } from '../i18n/consolidation';
import type { Lang } from '../model/model';
import type { ConsolidatedUnit } from '../model/consolidated';
import { bareUnitKey, unitKey } from './unit-name';

/** Expected units with no file, submitted units not on the list, and the sentence that says it. */
export interface Completeness {
  readonly missing: readonly string[];
  readonly unexpected: readonly string[];
  readonly sentence: string;
}

/**
 * Matches the expected unit names to the units that sent a file (readable or not): by unit key, else by the
 * key without the administrative level when exactly one unit has it ("Tân Thanh" for "UBND XÃ TÂN THANH").
 */
export function completeness(units: readonly ConsolidatedUnit[], expected: readonly string[] | undefined, lang: Lang): Completeness {
  const words = consolidationWords(lang);
  if (!expected) return { missing: [], unexpected: [], sentence: words.submittedAll(units.length) };
  const unmatched = new Set(units);
  const missing: string[] = [];
  for (const name of expected) {
    const key = unitKey(name);
    let match = [...unmatched].find((u) => unitKey(u.name) === key);
    if (!match) {
      const bare = [...unmatched].filter((u) => bareUnitKey(u.name) === bareUnitKey(name));
      match = bare.length === 1 ? bare[0] : undefined;
    }
    if (match) unmatched.delete(match);
    else missing.push(name);
  }
  const submitted = expected.length - missing.length;
  return { missing, unexpected: [...unmatched].map((u) => u.name), sentence: words.submittedOf(submitted, expected.length, missing) };
}

/**
 * The expected unit names of a unit list read as rows of cells: the column headed like a unit name
 * ("Tên đơn vị", "Đơn vị", "Name", "Unit"), else the first column; blank rows and repeated names skipped.
 */
export function expectedUnitNames(rows: ReadonlyArray<ReadonlyArray<string>>): string[] {
  const header = rows[0]?.map((c) => unitKey(c)) ?? [];
  const named = header.findIndex((h) => ['ten don vi', 'don vi', 'ten', 'name', 'unit', 'unit name', 'don vi bao cao'].includes(h));
  const column = named >= 0 ? named : 0;
  const seen = new Set<string>();
  const names: string[] = [];
  rows.slice(named >= 0 ? 1 : 0).forEach((row) => {
    const name = (row[column] ?? '').trim();
    const key = unitKey(name);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    names.push(name);
  });
  return names;
}
