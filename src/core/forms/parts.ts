/**
 * Breakdown rows under an indicator (SPEC §2.1): their values are read (bad values get `not-a-number` /
 * `formula-error` at their cell), reported as `parts`, and an additive part larger than its indicator gets
 * `breakdown-exceeds-total`.
 */
import type { Issue, NumberStyle, RawCell } from '../model';
import { normalizeUnit } from '../parse/units';
import { parseCellValue } from '../parse/value';
import type { Rational } from '../rational';
import { compare, fromDecimal, toNumber } from '../rational';
import { makeIssue } from '../rules/severity';
import type { PartResult } from '../evaluate/result';
import { cellText } from '../table/cell-text';
import type { DataRow, PartRow } from '../table/read-data-sheet';

/** The exact number of a cell, or null; `onBad` hears of an error or unreadable text. */
function numberOf(cell: RawCell | undefined, style: NumberStyle, onBad?: (rule: 'formula-error' | 'not-a-number', value: string) => void): Rational | null {
  const parsed = parseCellValue(cell, style);
  if (parsed.kind === 'number') return fromDecimal(parsed.value);
  if (parsed.kind === 'error') onBad?.('formula-error', parsed.code);
  else if (parsed.kind === 'text') onBad?.('not-a-number', cellText(cell));
  return null;
}

/** True when a part can be compared with its indicator: same unit (or none), not a percentage, not a per-unit ratio. */
function comparable(part: PartRow, unit: string | null): boolean {
  const own = unit === null ? '' : normalizeUnit(unit);
  if (own === '%' || own.includes('/')) return false;
  return part.unit === null || normalizeUnit(part.unit) === own;
}

/** Reads the parts of a row, adding their issues (placed under `code`); null when the row has none. */
export function readParts(row: DataRow, code: string | null, style: NumberStyle, issues: Issue[]): PartResult[] | null {
  if (!row.parts) return null;
  let total: Rational | null | undefined;
  const out: PartResult[] = [];
  for (const part of row.parts) {
    const place = { sheet: row.sheet, cell: part.address, code };
    const actual = numberOf(part.actual, style, (rule, value) => issues.push(makeIssue(rule, place, { value })));
    out.push({ name: part.name, row: part.index + 1, actual, unit: part.unit });
    if (!actual || !part.additive || !comparable(part, row.unit)) continue;
    if (total === undefined) total = numberOf(row.cell('actual'), style);
    if (total && compare(actual, total) > 0) {
      issues.push(makeIssue('breakdown-exceeds-total', place, { part: part.name, value: toNumber(actual), total: toNumber(total) }));
    }
  }
  return out;
}
