import type { Issue } from '../model';
import type { Rational } from '../rational';
import { abs, compare, divide, fromNumber, isZero, toNumber } from '../rational';
import type { PlaceOf } from './severity';
import { makeIssue } from './severity';

const HUNDRED = fromNumber(100);
const HUNDREDTH = fromNumber(0.01);

/** `magnitude`: |A/T| ≥ 100 or ≤ 0,01 with both non-zero, a likely unit or typing slip (compared exactly). */
export function checkMagnitude(actual: Rational, target: Rational, at: PlaceOf): Issue | null {
  if (isZero(actual) || isZero(target)) return null;
  const ratio = divide(abs(actual), abs(target));
  if (!ratio) return null;
  if (compare(ratio, HUNDRED) < 0 && compare(ratio, HUNDREDTH) > 0) return null;
  return makeIssue('magnitude', at('actual'), { actual: toNumber(actual), target: toNumber(target) });
}
