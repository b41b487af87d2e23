import type { RawCell } from '../model/model';
import { isPercentFormat } from '../parse/value';
import type { Rational } from '../model/rational';
import { multiply, rationalOfNumber } from '../model/rational';

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
