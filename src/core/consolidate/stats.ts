/**
 * Statistics over units' values: the exact sum (each value read as the decimal it shows, SPEC §5 exactness),
 * minimum, maximum and median (the mean of the two middle values, also exact).
 */
import type { Decimal } from '../model/model';
import { addDecimal, decimalFromNumber, decimalToNumber, mulDecimal } from '../parse/decimal';

const ZERO: Decimal = { coef: 0n, scale: 0 };
const HALF: Decimal = { coef: 5n, scale: 1 };

/** Below this magnitude a scaled value and a running total of them stay exact in a double (2^52). */
const EXACT_LIMIT = 2 ** 52;

/** Decimal places this sum is done in with plain numbers; more fall back to exact big integers. */
const MAX_FAST_SCALE = 6;

/** Fewest decimal places (up to MAX_FAST_SCALE) that give `v` back exactly, or -1 when it needs more. */
function placesOf(v: number): number {
  for (let k = 0, p = 1; k <= MAX_FAST_SCALE; k++, p *= 10) {
    const scaled = Math.round(v * p);
    if (Math.abs(scaled) < EXACT_LIMIT && scaled / p === v) return k;
  }
  return -1;
}

/** The exact decimal sum of values (0 for none): 0,1 + 0,2 is 0,3, not 0.30000000000000004. */
export function sumExactly(values: readonly number[]): Decimal {
  return sumOfScaled(values) ?? sumOfDecimals(values);
}

/**
 * The sum as whole numbers of the largest scale needed (the usual case: money to two places), or null when a value
 * needs more places or the total would leave the exact range of doubles.
 */
function sumOfScaled(values: readonly number[]): Decimal | null {
  let scale = 0;
  for (const v of values) {
    const k = placesOf(v);
    if (k < 0) return null;
    if (k > scale) scale = k;
  }
  const factor = 10 ** scale;
  let total = 0;
  for (const v of values) {
    total += Math.round(v * factor);
    if (Math.abs(total) >= EXACT_LIMIT) return null;
  }
  return { coef: BigInt(total), scale };
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
