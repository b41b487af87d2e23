import type { TargetValue } from '../../src/core/model/achievement';
import { assess } from '../../src/core/model/achievement';
import type { Direction } from '../../src/core/model/model';
import { decimalFromString } from '../../src/core/parse/decimal';
import type { Rational } from '../../src/core/model/rational';
import { fromDecimal, toNumber } from '../../src/core/model/rational';

const TH = { critical: 50, warning: 70 };

/** An exact value from decimal text as a user would type it ("11.62"). */
function d(text: string): Rational {
  const value = decimalFromString(text);
  if (!value) throw new Error(`bad decimal ${text}`);
  return fromDecimal(value);
}

const value = (t: string): TargetValue => ({ kind: 'value', value: d(t) });
const range = (lo: string, hi: string): TargetValue => ({ kind: 'range', min: d(lo), max: d(hi) });
const num = (t: string) => ({ kind: 'number' as const, value: d(t) });

describe('achievement rate and band (SPEC §5)', () => {
  it.each<[string, string, TargetValue, Direction, string, number | null]>([
    ['11,62 of 16,6 is exactly 70 % (binary floating point says 69.99…)', '11.62', value('16.6'), 'increase', 'high', 70],
    ['8,3 of 16,6 is exactly 50 %', '8.3', value('16.6'), 'increase', 'medium', 50],
    ['0,35 of 0,7 is exactly 50 %', '0.35', value('0.7'), 'increase', 'medium', 50],
    ['0,49 of 0,7 is exactly 70 %', '0.49', value('0.7'), 'increase', 'high', 70],
    ['just below 70 %', '11.61', value('16.6'), 'increase', 'medium', null],
    ['just below 50 %', '8.29', value('16.6'), 'increase', 'low', null],
    ['exactly the target', '16.6', value('16.6'), 'increase', 'met', 100],
    ['above the target', '6940', value('5000'), 'increase', 'exceeded', 138.8],
    ['decrease: below the ceiling', '1.2', value('1.5'), 'decrease', 'exceeded', 125],
    ['decrease: 1,62 against 1,5', '1.62', value('1.5'), 'decrease', 'high', null],
    ['decrease: 3 against 1,5 is exactly 50 %', '3', value('1.5'), 'decrease', 'medium', 50],
    ['range increase: inside', '86.2', range('85', '88'), 'increase', 'met', null],
    ['range increase: on the lower bound', '85', range('85', '88'), 'increase', 'met', 100],
    ['range increase: above', '89', range('85', '88'), 'increase', 'exceeded', null],
    ['range increase: 59,5 of [85,88] is exactly 70 %', '59.5', range('85', '88'), 'increase', 'high', 70],
    ['range decrease: below', '9', range('10', '11'), 'decrease', 'exceeded', null],
    ['range decrease: above', '22', range('10', '11'), 'decrease', 'medium', 50],
    ['target zero, actual positive (increase)', '3', value('0'), 'increase', 'exceeded', null],
    ['target zero, actual zero', '0', value('0'), 'increase', 'met', null],
    ['actual zero, decrease', '0', value('1.5'), 'decrease', 'exceeded', null],
    ['actual zero, increase', '0', value('10'), 'increase', 'low', 0],
  ])('%s', (_title, actual, target, direction, band, rate) => {
    const result = assess(num(actual), target, direction, TH);
    expect(result.band).toBe(band);
    if (rate !== null) expect(toNumber(result.rate as Rational)).toBeCloseTo(rate, 10);
  });

  it('gives a null rate where the formula would divide by zero', () => {
    expect(assess(num('3'), value('0'), 'increase', TH).rate).toBeNull();
    expect(assess(num('0'), value('1.5'), 'decrease', TH).rate).toBeNull();
  });

  it('reads milestones as 100 % done or 0 % not done', () => {
    expect(assess({ kind: 'milestone', done: true }, { kind: 'milestone' }, 'increase', TH).band).toBe('met');
    const notDone = assess({ kind: 'milestone', done: false }, { kind: 'milestone' }, 'increase', TH);
    expect(notDone.band).toBe('low');
    expect(toNumber(notDone.rate as Rational)).toBe(0);
  });

  it('honours settable thresholds inclusively', () => {
    const th = { critical: 60, warning: 80 };
    expect(assess(num('80'), value('100'), 'increase', th).band).toBe('high');
    expect(assess(num('79.99'), value('100'), 'increase', th).band).toBe('medium');
    expect(assess(num('60'), value('100'), 'increase', th).band).toBe('medium');
    expect(assess(num('59.99'), value('100'), 'increase', th).band).toBe('low');
  });

  it('reports the rate unrounded as the nearest double (100·12,8/15,8)', () => {
    expect(toNumber(assess(num('12.8'), value('15.8'), 'increase', TH).rate as Rational)).toBe(81.0126582278481);
  });
});
