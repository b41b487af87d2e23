import { spread, sumExactly } from '../../../src/core/consolidate/stats';
import { addDecimal, decimalFromNumber, decimalToString } from '../../../src/core/parse/decimal';
import type { Decimal } from '../../../src/core/model/model';

/** The sum done decimal by decimal in big integers, the reference every shortcut must agree with. */
function reference(values: readonly number[]): string {
  let total: Decimal = { coef: 0n, scale: 0 };
  for (const v of values) total = addDecimal(total, decimalFromNumber(v));
  return decimalToString(total);
}

/** A repeatable stream of numbers in [0, 1). */
function numbers(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('sumExactly', () => {
  it.each([
    [[0.1, 0.2], '0.3'],
    [[1421.69, 78.14, 1097.84], '2597.67'],
    [[1, 2.5, -0.25], '3.25'],
    [[], '0'],
    [[0.1234567, 0.0000001], '0.1234568'],
    [[4503599627370495, 1], '4503599627370496'],
    [[2 ** 52, 2 ** 52], '9007199254740992'],
    [[1e-7, 2e-7], '0.0000003'],
  ])('adds %p exactly to %s', (values, sum) => {
    expect(decimalToString(sumExactly(values))).toBe(sum);
  });

  it('agrees with the big-integer sum on many values of mixed scales and signs', () => {
    const next = numbers(7);
    for (let run = 0; run < 200; run++) {
      const values = Array.from({ length: 1 + Math.floor(next() * 700) }, () => {
        const places = Math.floor(next() * 9);
        const v = Math.round((next() - 0.3) * 10 ** (2 + Math.floor(next() * 10))) / 10 ** places;
        return v;
      });
      expect(decimalToString(sumExactly(values))).toBe(reference(values));
    }
  });
});

describe('spread', () => {
  it('gives min, max and the exact median of an even count', () => {
    expect(spread([0.1, 0.2, 5, -1])).toEqual({ min: -1, max: 5, median: 0.15 });
    expect(spread([])).toBeNull();
  });
});
