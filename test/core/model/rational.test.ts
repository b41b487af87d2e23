import fc from 'fast-check';
import type { Rational } from '../../../src/core/model/rational';
import { abs, compare, compareDistance, divide, fromNumber, multiply, percentOf, subtract } from '../../../src/core/model/rational';

/** Rationals with small parts, with parts near the safe-integer limit, and with bigint parts. */
const rational: fc.Arbitrary<Rational> = fc.oneof(
  fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 10_000 })).map(([n, d]) => ({ n, d })),
  fc.tuple(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), fc.integer({ min: 1, max: 2 ** 30 })).map(([n, d]) => ({ n, d })),
  fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 10n ** 16n, max: 10n ** 20n })).map(([n, d]) => ({ n, d })),
);

describe('compareDistance', () => {
  it('compares |a − b| with a bound exactly, as subtracting first does', () => {
    const bound = fc.oneof(fc.constant(fromNumber(0.5)), rational.filter((q) => compare(q, fromNumber(0)) > 0));
    fc.assert(
      fc.property(rational, rational, bound, (a, b, q) => {
        expect(compareDistance(a, b, q)).toBe(compare(abs(subtract(a, b)), q));
      }),
    );
  });

  it('counts a distance equal to the bound as equal', () => {
    expect(compareDistance({ n: 101, d: 2 }, { n: 50, d: 1 }, fromNumber(0.5))).toBe(0);
    expect(compareDistance({ n: 50, d: 1 }, { n: 503, d: 10 }, fromNumber(0.5))).toBe(-1);
    expect(compareDistance({ n: 50, d: 1 }, { n: 51, d: 1 }, fromNumber(0.5))).toBe(1);
  });
});

describe('percentOf', () => {
  it('gives the very rational divide(multiply(100, a), b) gives, parts and all', () => {
    const hundred = fromNumber(100);
    fc.assert(
      fc.property(rational, fc.oneof(rational, fc.constant<Rational>({ n: 0, d: 1 })), (a, b) => {
        expect(percentOf(a, b)).toStrictEqual(divide(multiply(hundred, a), b));
      }),
    );
  });
});
