import type { ActualValue } from '../model/achievement';
import type { RawCell } from '../model/model';
import { isPercentFormat } from '../parse/value';
import type { Rational } from '../model/rational';
import { compareSmallDistance, decimalDenominator, multiply, rationalOfNumber } from '../model/rational';

const HUNDRED: Rational = { n: 100, d: 1 };

/**
 * The exact value of a plain numeric cell in displayed units (a percent-formatted 0,1205 is 12,05), or
 * null for any other cell: the fast path for the common case, same result as parseCellValue.
 */
export function numericCellRational(cell: RawCell | undefined): Rational | null {
  const value = cell?.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const exact = rationalOfNumber(value);
  return isPercentFormat(cell?.numFmt) ? multiply(exact, HUNDRED) : exact;
}

/** The power of ten a cell's number is exactly a safe numerator over (see decimalDenominator); 0 when it has none. */
function cellDenominator(cell: RawCell | undefined): number {
  const value = cell?.value;
  return typeof value === 'number' && Number.isFinite(value) ? decimalDenominator(value) : 0;
}

/** The numerator over `d` (its cellDenominator) of the number a cell shows, ×100 for a percent format; it may not be safe. */
function shownNumerator(cell: RawCell, d: number): number {
  const value = cell.value as number;
  const n = d === 1 ? value : Math.round(value * d);
  return isPercentFormat(cell.numFmt) ? n * 100 : n;
}

/**
 * numericCellRational as an actual value (the same rational). The value and its rational are built in one place of
 * their own: every actual is kept to the end of a run, unlike the stated rates and targets read the same way.
 */
export function numericCellActual(cell: RawCell | undefined): ActualValue | null {
  const d = cellDenominator(cell);
  const shown = d === 0 ? NaN : shownNumerator(cell as RawCell, d);
  if (Number.isSafeInteger(shown)) return { kind: 'number', value: { n: shown, d } };
  const exact = numericCellRational(cell);
  return exact && { kind: 'number', value: exact };
}

/**
 * compareDistance(numericCellRational(cell), b, q) without building the cell's rational, for the rates stated down a
 * sheet; null when the cell holds no plain number or the exact comparison needs bigints.
 */
export function numericCellDistance(cell: RawCell | undefined, b: Rational, q: Rational): -1 | 0 | 1 | null {
  const d = cellDenominator(cell);
  if (d === 0) return null;
  const shown = shownNumerator(cell as RawCell, d);
  return Number.isSafeInteger(shown) ? compareSmallDistance(shown, d, b, q) : null;
}

/** True when numericCellRational(cell) would be exactly r, found without building the cell's rational (false when unsure). */
export function numericCellEquals(cell: RawCell | undefined, r: Rational): boolean {
  if (typeof r.n !== 'number' || typeof r.d !== 'number') return false;
  const d = cellDenominator(cell);
  if (d === 0) return false;
  const shown = shownNumerator(cell as RawCell, d);
  const left = shown * r.d;
  const right = r.n * d;
  return Number.isSafeInteger(shown) && Number.isSafeInteger(left) && Number.isSafeInteger(right) && left === right;
}
