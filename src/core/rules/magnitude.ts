import type { Issue } from '../model';
import type { Rational } from '../rational';
import { compareAbsRatio, fromNumber, isZero, toNumber } from '../rational';
import type { PlaceOf } from './severity';
import { makeIssue } from './severity';

const HUNDRED = fromNumber(100);
const HUNDREDTH = fromNumber(0.01);

/** `magnitude`: |A/T| ≥ 100 or ≤ 0,01 with both non-zero, a likely unit or typing slip (compared exactly). */
export function checkMagnitude(actual: Rational, target: Rational, at: PlaceOf): Issue | null {
  if (isZero(actual) || isZero(target)) return null;
  if (compareAbsRatio(actual, target, HUNDRED) < 0 && compareAbsRatio(actual, target, HUNDREDTH) > 0) return null;
  return makeIssue('magnitude', at('actual'), { actual: toNumber(actual), target: toNumber(target) });
}
