/**
 * Statistics over units' values: the exact sum (each value read as the decimal it shows, SPEC §5 exactness),
 * minimum, maximum and median (the mean of the two middle values, also exact).
 */
import type { Decimal } from '../model/model';
import { addDecimal, decimalFromNumber, decimalToNumber, mulDecimal } from '../parse/decimal';
import { decimalDenominator } from '../model/rational';

const ZERO: Decimal = { coef: 0n, scale: 0 };
const HALF: Decimal = { coef: 5n, scale: 1 };

/** Below this magnitude a scaled value and a running total of them stay exact in a double (2^52). */
const EXACT_LIMIT = 2 ** 52;

/** The largest power of ten this sum scales values by with plain numbers (six decimals); more fall back to big integers. */
const MAX_FAST_DENOMINATOR = 1e6;

/** The exact decimal sum of values (0 for none): 0,1 + 0,2 is 0,3, not 0.30000000000000004. */
export function sumExactly(values: readonly number[]): Decimal {
  return sumOfScaled(values) ?? sumOfDecimals(values);
}

/**
 * The sum as whole numbers of the largest scale needed (the usual case: money to two places), or null when a value
 * needs more places or the total would leave the exact range of doubles.
 */
function sumOfScaled(values: readonly number[]): Decimal | null {
  let factor = 1;
  for (const v of values) {
    const d = decimalDenominator(v);
    if (d === 0 || d > MAX_FAST_DENOMINATOR) return null;
    if (d > factor) factor = d;
  }
  let total = 0;
  for (const v of values) {
    const scaled = Math.round(v * factor);
    total += scaled;
    if (Math.abs(scaled) >= EXACT_LIMIT || Math.abs(total) >= EXACT_LIMIT) return null;
  }
  return { coef: BigInt(total), scale: String(factor).length - 1 };
}

/** The sum through exact big-integer decimals, whatever the values. */
function sumOfDecimals(values: readonly number[]): Decimal {
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
