import type { Achievement, ActualValue, TargetValue } from './achievement';
import { assess, bandOfRate } from './achievement';
import type { Direction, Thresholds } from './model';
import type { Rational } from './rational';
import { compare, divide, fromNumber, multiply, subtract } from './rational';

/** A relative target (SPEC §4.1) as exact values: up or down by an amount, or a multiple of the baseline. */
export type RelativeTarget = Extract<TargetValue, { kind: 'relative' }>;

const HUNDRED = fromNumber(100);
const ZERO = fromNumber(0);

/** True when "X%" means percentage points: the text says so, or the indicator is itself a percentage. */
function inPoints(target: RelativeTarget, percentUnit: boolean): boolean {
  return target.change !== 'times' && (target.points || percentUnit);
}

/** The direction a relative target's verb sets: "giảm" decreases, "tăng" and "gấp" increase. */
export function relativeDirection(target: RelativeTarget): Direction {
  return target.change === 'decrease' ? 'decrease' : 'increase';
}

/** The target level T from the baseline B: B ± X (points), B·(1 ± X/100) (percent of B) or N·B (times). */
export function relativeLevel(target: RelativeTarget, baseline: Rational, percentUnit: boolean): Rational {
  if (target.change === 'times') return multiply(target.amount, baseline);
  const sign = target.change === 'increase' ? 1 : -1;
  if (inPoints(target, percentUnit)) return subtract(baseline, multiply(fromNumber(-sign), target.amount));
  const factor = subtract(HUNDRED, multiply(fromNumber(-sign), target.amount));
  return multiply(baseline, divide(factor, HUNDRED) as Rational);
}

/**
 * Assesses an actual against a relative target measured from B (SPEC §4.1). Percentage points give the share
 * of the planned change, 100·(A − B)/(T − B), which can be negative; other forms are SPEC §5 with T.
 */
export function assessRelative(
  actual: ActualValue,
  target: RelativeTarget,
  baseline: Rational,
  percentUnit: boolean,
  thresholds: Thresholds,
): Achievement & { readonly level: Rational } {
  const level = relativeLevel(target, baseline, percentUnit);
  const direction = relativeDirection(target);
  if (actual.kind === 'milestone' || !inPoints(target, percentUnit)) {
    return { ...assess(actual, { kind: 'value', value: level }, direction, thresholds), level };
  }
  const rate = divide(multiply(HUNDRED, subtract(actual.value, baseline)), subtract(level, baseline));
  const stand = compare(actual.value, level) * (direction === 'increase' ? 1 : -1);
  if (stand > 0) return { rate, band: 'exceeded', level };
  if (stand === 0) return { rate, band: 'met', level };
  return { rate, band: rate && compare(rate, ZERO) < 0 ? 'low' : bandOfRate(rate, thresholds), level };
}
