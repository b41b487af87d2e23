/**
 * Statistics over units' values: the exact sum (each value read as the decimal it shows, SPEC §5 exactness),
 * minimum, maximum and median (the mean of the two middle values, also exact).
 */
import type { Decimal } from '../model/model';
import { addDecimal, decimalFromNumber, decimalToNumber, mulDecimal } from '../parse/decimal';

const ZERO: Decimal = { coef: 0n, scale: 0 };
const HALF: Decimal = { coef: 5n, scale: 1 };

/** The exact decimal sum of values (0 for none): 0,1 + 0,2 is 0,3, not 0.30000000000000004. */
export function sumExactly(values: readonly number[]): Decimal {
  let total = ZERO;
  for (const v of values) total = addDecimal(total, decimalFromNumber(v));
  return total;
}

/** Minimum, maximum and median, or null for no values. */
export function spread(values: readonly number[]): { min: number; max: number; median: number } | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : decimalToNumber(mulDecimal(addDecimal(decimalFromNumber(sorted[mid - 1]), decimalFromNumber(sorted[mid])), HALF));
  return { min: sorted[0], max: sorted[sorted.length - 1], median };
}
