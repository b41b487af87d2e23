/**
 * Breakdown rows under an indicator (SPEC §2.1): their values are read (bad values get `not-a-number` /
 * `formula-error` at their cell), reported as `parts`, and an additive part larger than its indicator gets
 * `breakdown-exceeds-total`.
 */
import type { Issue, NumberStyle, RawCell } from '../model/model';
import { normalizeUnit } from '../parse/units';
import { parseCellValue } from '../parse/value';
import type { Rational } from '../model/rational';
import { fromDecimal } from '../model/rational';
import type { CellState } from '../rules/cell-state';
import { PART_RULES } from '../rules/registry';
import type { PartCheck } from '../rules/rule';
import type { PartResult } from './result';
import type { DataRow, PartRow } from '../table/read-data-sheet';

/** The exact number of a cell, or null. */
function numberOf(cell: RawCell | undefined, style: NumberStyle): Rational | null {
  const parsed = parseCellValue(cell, style);
  return parsed.kind === 'number' ? fromDecimal(parsed.value) : null;
}

/** True when a part can be compared with its indicator: same unit (or none), not a percentage, not a per-unit ratio. */
function comparable(part: PartRow, unit: string | null): boolean {
  const own = unit === null ? '' : normalizeUnit(unit);
  if (own === '%' || own.includes('/')) return false;
  return part.unit === null || normalizeUnit(part.unit) === own;
}

/**
 * Reads the parts of a row, running the cell rules on each part's cell and the part rules on each comparable part
 * (issues placed under `code`); null when the row has none.
 */
export function readParts(row: DataRow, code: string | null, style: NumberStyle, cells: CellState, issues: Issue[]): PartResult[] | null {
  if (!row.parts) return null;
  let total: Rational | null | undefined;
  const out: PartResult[] = [];
  for (const part of row.parts) {
    const parsed = parseCellValue(part.actual, style);
    cells.checkPart(part.actual, parsed, row.sheet, part.address, code, issues);
    const actual = parsed.kind === 'number' ? fromDecimal(parsed.value) : null;
    out.push({ name: part.name, row: part.index + 1, actual, unit: part.unit });
    if (!actual || !part.additive || !comparable(part, row.unit)) continue;
    if (total === undefined) total = numberOf(row.cell('actual'), style);
    const check: PartCheck = { row, part, code, actual, total };
    for (const rule of PART_RULES) rule.check(check, issues);
  }
  return out;
}
