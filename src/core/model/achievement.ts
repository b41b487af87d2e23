import type { Band, Direction, RelativeChange, Thresholds } from './model';
import type { Rational } from './rational';
import { compare, fromNumber, percentOf } from './rational';

/** An actual value ready for assessment: an exact number in the catalogue's unit, or a milestone state. */
export type ActualValue = { readonly kind: 'number'; readonly value: Rational } | { readonly kind: 'milestone'; readonly done: boolean };

/** A target in the catalogue's unit, with exact bounds. */
export type TargetValue =
  | { readonly kind: 'value'; readonly value: Rational }
  | { readonly kind: 'range'; readonly min: Rational; readonly max: Rational }
  | { readonly kind: 'milestone' }
  /** A change from a baseline not yet applied (SPEC §4.1); see resolveRelative. */
  | { readonly kind: 'relative'; readonly change: RelativeChange; readonly amount: Rational; readonly points: boolean };

/** The outcome of SPEC §5 for one indicator: exact rate in percent (or null) and its band. */
export interface Achievement {
  readonly rate: Rational | null;
  readonly band: Band;
}

const HUNDRED = fromNumber(100);
const ZERO = fromNumber(0);

/** The band of a rate that is worse than the target; thresholds are inclusive lower bounds. */
export function bandOfRate(rate: Rational | null, thresholds: Thresholds): Band {
  if (!rate) return 'low';
  const { warning, critical } = exactThresholds(thresholds);
  if (compare(rate, warning) >= 0) return 'high';
  if (compare(rate, critical) >= 0) return 'medium';
  return 'low';
}

let lastThresholds: { readonly key: Thresholds; readonly warning: Rational; readonly critical: Rational } | null = null;

/** The thresholds as exact rationals, converted once per thresholds object. */
function exactThresholds(thresholds: Thresholds): { readonly warning: Rational; readonly critical: Rational } {
  if (lastThresholds?.key !== thresholds) {
    lastThresholds = { key: thresholds, warning: fromNumber(thresholds.warning), critical: fromNumber(thresholds.critical) };
  }
  return lastThresholds;
}

/** How the actual stands against the target: 1 better, 0 equal (or within the range), -1 worse. */
function standing(actual: Rational, target: TargetValue, direction: Direction): -1 | 0 | 1 {
  const sign = direction === 'increase' ? 1 : -1;
  if (target.kind === 'range') {
    const aboveMax = compare(actual, target.max) > 0;
    const belowMin = compare(actual, target.min) < 0;
    if (!aboveMax && !belowMin) return 0;
    return (aboveMax ? sign : -sign) as -1 | 1;
  }
  if (target.kind !== 'value') return 0;
  return (compare(actual, target.value) * sign) as -1 | 0 | 1;
}

/** The rate formula of SPEC §5 for a numeric actual. */
function rateOf(actual: Rational, target: TargetValue, direction: Direction): Rational | null {
  if (target.kind === 'milestone' || target.kind === 'relative') return null;
  if (target.kind === 'range') {
    return direction === 'increase' ? percentOf(actual, target.min) : percentOf(target.max, actual);
  }
  return direction === 'increase' ? percentOf(actual, target.value) : percentOf(target.value, actual);
}

/** The achievement rate of SPEC §5, exactly, for one actual against one target (null when there is none). */
export function achievementRate(actual: ActualValue, target: TargetValue, direction: Direction): Rational | null {
  if (actual.kind === 'milestone') return actual.done ? HUNDRED : ZERO;
  return rateOf(actual.value, target, direction);
}

/** The band of SPEC §5 for one actual against one target, given its achievementRate. */
export function achievementBand(actual: ActualValue, target: TargetValue, direction: Direction, rate: Rational | null, thresholds: Thresholds): Band {
  if (actual.kind === 'milestone') return actual.done ? 'met' : 'low';
  const stand = standing(actual.value, target, direction);
  if (stand > 0) return 'exceeded';
  if (stand === 0) return 'met';
  return bandOfRate(rate, thresholds);
}

/** Computes the achievement rate and band of SPEC §5, exactly, for one actual against one target. */
export function assess(actual: ActualValue, target: TargetValue, direction: Direction, thresholds: Thresholds): Achievement {
  const rate = achievementRate(actual, target, direction);
  return { rate, band: achievementBand(actual, target, direction, rate, thresholds) };
}
