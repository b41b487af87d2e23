/** Exact statistics over units' values: sum, minimum, maximum and median of decimals. */
import type { Decimal } from '../model';
import { addDecimal, compareDecimal, mulDecimal } from '../parse/decimal';

const ZERO: Decimal = { coef: 0n, scale: 0 };
const HALF: Decimal = { coef: 5n, scale: 1 };

/** The exact sum of decimals (0 for none). */
export function sumDecimals(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = addDecimal(total, v);
  return total;
}

/** Minimum, maximum and median (mean of the two middle values for an even count), or null for no values. */
export function spread(values: readonly Decimal[]): { min: Decimal; max: Decimal; median: Decimal } | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort(compareDecimal);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : mulDecimal(addDecimal(sorted[mid - 1], sorted[mid]), HALF);
  return { min: sorted[0], max: sorted[sorted.length - 1], median };
}
