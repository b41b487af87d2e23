import type { Issue } from '../model';
import type { Rational } from '../rational';
import { abs, compare, fromNumber, subtract, toNumber } from '../rational';
import type { PlaceOf } from './severity';
import { makeIssue } from './severity';

const TOLERANCE = fromNumber(0.5);

/** `rate-mismatch`: a stated rate differs from the computed one by more than 0,5 percentage point (exactly). */
export function checkRateMismatch(stated: Rational, computed: Rational, at: PlaceOf): Issue | null {
  if (compare(abs(subtract(stated, computed)), TOLERANCE) <= 0) return null;
  return makeIssue('rate-mismatch', at('statedRate'), { stated: toNumber(stated), computed: Math.round(toNumber(computed) * 10) / 10 });
}
