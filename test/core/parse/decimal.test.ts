import fc from 'fast-check';
import type { Decimal } from '../../../src/core/model/model';
import {
  addDecimal,
  compareDecimal,
  compareRatioToPercent,
  decimalEquals,
  decimalFromNumber,
  decimalFromString,
  decimalToNumber,
  decimalToString,
  divideToNumber,
  isZeroDecimal,
  mulDecimal,
  normalizeDecimal,
  shiftDecimal,
  signDecimal,
  subDecimal,
} from '../../../src/core/parse/decimal';

const d = (s: string): Decimal => {
  const v = decimalFromString(s);
  if (!v) throw new Error(`bad decimal ${s}`);
  return v;
};
const str = (x: Decimal): string => decimalToString(x);

describe('decimalFromString', () => {
  it.each([
    ['-12.05', -1205n, 2],
    ['5840', 5840n, 0],
    ['.5', 5n, 1],
    ['+3.', 3n, 0],
    ['1e-7', 1n, 7],
    ['1.5E3', 1500n, 0],
    ['0.000', 0n, 0],
    [' 42 ', 42n, 0],
  ])('%s', (s, coef, scale) => {
    expect(decimalFromString(s)).toEqual({ coef, scale });
  });

  it.each(['', '.', '-', 'abc', '1,5', '1.2.3', '1e', '1e99999', '12 5'])('rejects %j', (s) => {
    expect(decimalFromString(s)).toBeUndefined();
  });
});

describe('decimalFromNumber', () => {
  it.each([
    [11.62, '11.62'],
    [0.1205, '0.1205'],
    [-0, '0'],
    [1e21, '1000000000000000000000'],
    [1.1e-7, '0.00000011'],
    [5e-324, `0.${'0'.repeat(323)}5`],
    [NaN, '0'],
    [Infinity, '0'],
  ])('%p → %s', (n, s) => {
    expect(str(decimalFromNumber(n))).toBe(s);
  });

  it('11.62 is 1162/10²', () => {
    expect(decimalFromNumber(11.62)).toEqual({ coef: 1162n, scale: 2 });
  });

  it('round-trips every finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const back = decimalToNumber(decimalFromNumber(n));
        expect(back).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('arithmetic', () => {
  it('adds, subtracts and multiplies exactly', () => {
    expect(str(addDecimal(d('0.1'), d('0.2')))).toBe('0.3');
    expect(str(subDecimal(d('1'), d('0.9')))).toBe('0.1');
    expect(str(mulDecimal(d('1.1'), d('1.1')))).toBe('1.21');
  });

  it.each([
    ['12.05', 2, '1205'],
    ['0.1205', 2, '12.05'],
    ['5', -3, '0.005'],
    ['1.5', 9, '1500000000'],
    ['0', 5, '0'],
  ])('shift %s by %d → %s', (a, k, out) => {
    expect(str(shiftDecimal(d(a), k))).toBe(out);
  });

  it('compares across scales', () => {
    expect(compareDecimal(d('1.50'), d('1.5'))).toBe(0);
    expect(compareDecimal(d('-2'), d('1.5'))).toBe(-1);
    expect(compareDecimal(d('10'), d('9.999'))).toBe(1);
    expect(decimalEquals(d('70'), d('70.000'))).toBe(true);
  });

  it('normalizes, signs and zero', () => {
    expect(normalizeDecimal(d('12.500'))).toEqual({ coef: 125n, scale: 1 });
    expect(normalizeDecimal(d('0.00'))).toEqual({ coef: 0n, scale: 0 });
    expect(isZeroDecimal(d('0.000'))).toBe(true);
    expect(signDecimal(d('-0.01'))).toBe(-1);
    expect(signDecimal(d('0'))).toBe(0);
    expect(signDecimal(d('3'))).toBe(1);
  });

  it.each([
    ['0.00012', '0.00012'],
    ['-0.5', '-0.5'],
    ['100.00', '100'],
    ['-1200', '-1200'],
  ])('prints %s as %s', (a, out) => {
    expect(str(d(a))).toBe(out);
  });
});

describe('divideToNumber', () => {
  it('gives the nearest double', () => {
    expect(divideToNumber(mulDecimal(d('100'), d('12.8')), d('15.8'))).toBe(81.0126582278481);
    expect(divideToNumber(d('1'), d('3'))).toBe(1 / 3);
    expect(divideToNumber(d('-7'), d('2'))).toBe(-3.5);
    expect(divideToNumber(d('1162'), d('16.6'))).toBe(70);
    expect(divideToNumber(d('0'), d('5'))).toBe(0);
    expect(divideToNumber(d('1'), d('0'))).toBe(Infinity);
    expect(Number.isNaN(divideToNumber(d('0'), d('0')))).toBe(true);
  });

  it('agrees with IEEE division of exactly representable integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.integer({ min: 1, max: 2 ** 31 }), (a, b) => {
        expect(divideToNumber({ coef: BigInt(a), scale: 0 }, { coef: BigInt(b), scale: 0 })).toBe(a / b || 0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('compareRatioToPercent', () => {
  it('11,62 of 16,6 is exactly 70 %', () => {
    expect(compareRatioToPercent(d('11.62'), d('16.6'), 70)).toBe(0);
    expect(compareRatioToPercent(decimalFromNumber(11.62), decimalFromNumber(16.6), 70)).toBe(0);
    expect((11.62 / 16.6) * 100 >= 70).toBe(false); // what binary floating point says
    expect(compareRatioToPercent(d('0.7'), d('1.0'), 70)).toBe(0);
  });

  it.each([
    ['0.7', '1.0', 70, 0],
    ['35.7', '51', 70, 0],
    ['0.5', '1', 50, 0],
    ['8.3', '16.6', 50, 0],
    ['11.61', '16.6', 70, -1],
    ['11.63', '16.6', 70, 1],
    ['72.5', '100', 72.5, 0],
    ['1', '3', 33.333333333333336, -1],
    ['2', '-4', -50, 0],
    ['3', '-4', -50, -1],
  ])('100·%s/%s vs %p → %d', (n, den, p, out) => {
    expect(compareRatioToPercent(d(n), d(den), p)).toBe(out);
  });

  it('agrees with exact rational arithmetic', () => {
    const dec = fc.record({ coef: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), scale: fc.integer({ min: 0, max: 6 }) });
    const pos = fc.record({ coef: fc.bigInt({ min: 1n, max: 10n ** 12n }), scale: fc.integer({ min: 0, max: 6 }) });
    const pct = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom(72.5, 33.3, 99.95, 0.01, 50, 70));
    fc.assert(
      fc.property(dec, pos, pct, (n, den, p) => {
        // 100·n/den ⋚ p  with p = pn/10^ps  ⇔  100·n·10^ps ⋚ pn·den  (all scaled to integers)
        const pd = decimalFromNumber(p);
        const lhs = 100n * n.coef * 10n ** BigInt(pd.scale + den.scale);
        const rhs = pd.coef * den.coef * 10n ** BigInt(n.scale);
        const expected = lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
        expect(compareRatioToPercent(n, den, p)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
