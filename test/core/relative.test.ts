import { DEFAULT_THRESHOLDS } from '../../src/core/model/model';
import type { Rational } from '../../src/core/model/rational';
import { compare, fromNumber, toNumber } from '../../src/core/model/rational';
import type { RelativeTarget } from '../../src/core/model/relative';
import { assessRelative, relativeLevel } from '../../src/core/model/relative';

const r = (x: number): Rational => fromNumber(x);
const rel = (change: RelativeTarget['change'], amount: number, points = false): RelativeTarget => ({ kind: 'relative', change, amount: r(amount), points });
const num = (x: number) => ({ kind: 'number' as const, value: r(x) });

describe('relative target levels', () => {
  it.each<[string, RelativeTarget, number, boolean, number]>([
    ['tăng 10% of 1.850 tỷ', rel('increase', 10), 1850, false, 2035],
    ['giảm 2% of a 12,4 % rate (points)', rel('decrease', 2), 12.4, true, 10.4],
    ['tăng 1,5 points of a 60 % rate', rel('increase', 1.5, true), 60, true, 61.5],
    ['giảm 1,5 điểm phần trăm even without a % unit', rel('decrease', 1.5, true), 5, false, 3.5],
    ['giảm 20% of 50 cases', rel('decrease', 20), 50, false, 40],
    ['gấp 2 lần of 3,5', rel('times', 2), 3.5, false, 7],
    ['gấp 2 lần of a percentage is still a multiple', rel('times', 2), 12.5, true, 25],
  ])('%s', (_label, target, baseline, percentUnit, expected) => {
    expect(compare(relativeLevel(target, r(baseline), percentUnit), r(expected))).toBe(0);
  });
});

describe('assessing against a relative target', () => {
  it.each<[string, RelativeTarget, number, boolean, number, number | null, string]>([
    ['poverty 12,4 → 11,6, giảm 2%: 40 % of the planned reduction', rel('decrease', 2), 12.4, true, 11.6, 40, 'low'],
    ['investment 1.850 → 1.900, tăng 10%', rel('increase', 10), 1850, false, 1900, (100 * 1900) / 2035, 'high'],
    ['exactly at T is met', rel('increase', 10), 1850, false, 2035, 100, 'met'],
    ['beyond T is exceeded', rel('increase', 10), 1850, false, 2100, (100 * 2100) / 2035, 'exceeded'],
    ['points: exactly at T is met', rel('decrease', 2), 12.4, true, 10.4, 100, 'met'],
    ['points: beyond T is exceeded', rel('decrease', 2), 12.4, true, 10, 120, 'exceeded'],
    ['points: the wrong way gives a negative rate, low', rel('decrease', 2), 12.4, true, 12.9, -25, 'low'],
    ['points: no change is 0 %, low', rel('increase', 2), 50, true, 50, 0, 'low'],
    ['points: exactly 70 % of the change is high', rel('increase', 10), 50, true, 57, 70, 'high'],
    ['points: just under 70 % is medium', rel('increase', 10), 50, true, 56.99, 69.9, 'medium'],
    ['points: exactly 50 % is medium', rel('decrease', 2), 12.4, true, 11.4, 50, 'medium'],
    ['gấp 2 lần reached by half is 50 %: medium', rel('times', 2), 100, false, 100, 50, 'medium'],
  ])('%s', (_label, target, baseline, percentUnit, actual, rate, band) => {
    const result = assessRelative(num(actual), target, r(baseline), percentUnit, DEFAULT_THRESHOLDS);
    expect(result.band).toBe(band);
    expect(result.rate && toNumber(result.rate)).toBeCloseTo(rate as number, 9);
  });

  it('gives the exact share of the change for decimals that binary floats get wrong', () => {
    const result = assessRelative(num(11.6), rel('decrease', 2), r(12.4), true, DEFAULT_THRESHOLDS);
    expect(result.rate && compare(result.rate, r(40))).toBe(0);
  });

  it('a milestone actual is assessed as a milestone', () => {
    const result = assessRelative({ kind: 'milestone', done: false }, rel('increase', 10), r(100), false, DEFAULT_THRESHOLDS);
    expect(result.band).toBe('low');
  });
});
