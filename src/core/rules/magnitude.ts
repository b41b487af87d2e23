import type { Issue } from '../model';
import type { Rational } from '../rational';
import { abs, compare, divide, fromNumber } from '../rational';
import type { IssuePlace } from './severity';
import { makeIssue } from './severity';

const HUNDRED = fromNumber(100);
const HUNDREDTH = fromNumber(0.01);

/** `magnitude`: |A/T| ≥ 100 or ≤ 0,01 with both non-zero, a likely unit or typing slip. */
export function checkMagnitude(actual: Rational, target: Rational, place: IssuePlace, display: { actual: number; target: number }): Issue | null {
  if (actual.n === 0n || target.n === 0n) return null;
  const ratio = divide(abs(actual), abs(target));
  if (!ratio) return null;
  if (compare(ratio, HUNDRED) < 0 && compare(ratio, HUNDREDTH) > 0) return null;
  return makeIssue('magnitude', place, display);
}
