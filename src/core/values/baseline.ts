import type { ActualValue } from '../model/achievement';
import type { CatalogueEntry } from '../model/catalogue';
import type { NumberStyle, RawCell } from '../model/model';
import { convertUnit } from '../parse/units';
import { parseCellValue } from '../parse/value';
import type { Rational } from '../model/rational';
import { fromDecimal, percentOf } from '../model/rational';
import type { DataRow } from '../table/read-data-sheet';
import { numericCellRational } from './numeric-cell';
import type { UnitPlan } from './unit-plan';

/** The exact number a cell holds in displayed units (percent cells ×100), or null when it holds no number. */
export function cellNumber(cell: RawCell | undefined, style: NumberStyle): Rational | null {
  if (!cell) return null;
  const fast = numericCellRational(cell);
  if (fast) return fast;
  const parsed = parseCellValue(cell, style);
  return parsed.kind === 'number' ? fromDecimal(parsed.value) : null;
}

/** The row's baseline cell in the catalogue's unit (converted like the actual), or null. */
function rowBaseline(row: DataRow, units: UnitPlan, style: NumberStyle): Rational | null {
  const cell = row.cell('baseline');
  if (!cell) return null;
  if (units.kind !== 'convert') return cellNumber(cell, style);
  const parsed = parseCellValue(cell, style);
  if (parsed.kind !== 'number') return null;
  const converted = convertUnit(parsed.value, units.from, units.to);
  return converted.kind === 'converted' ? fromDecimal(converted.value) : fromDecimal(parsed.value);
}

/** The baseline B of SPEC §5.1: the row's baseline column, else the catalogue's "Cơ sở" / "Năm gốc" column. */
export function baselineOf(entry: CatalogueEntry, row: DataRow, units: UnitPlan, style: NumberStyle): Rational | null {
  return rowBaseline(row, units, style) ?? entry.baseline ?? null;
}

/** `baselineRate` = 100·A/B exactly; null when there is no numeric actual, no baseline or B = 0. */
export function baselineRateOf(actual: ActualValue | null, baseline: Rational | null): Rational | null {
  if (actual?.kind !== 'number' || !baseline) return null;
  return percentOf(actual.value, baseline);
}
