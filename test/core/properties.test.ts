import fc from 'fast-check';
import { assess } from '../../src/core/model/achievement';
import type { Band } from '../../src/core/model/model';
import { BANDS } from '../../src/core/model/model';
import { numericCellActual, numericCellDistance, numericCellEquals, numericCellRational } from '../../src/core/values/numeric-cell';
import { parseCellValue } from '../../src/core/parse/value';
import { compare, compareDistance, fromDecimal, fromNumber } from '../../src/core/model/rational';
import { cat, check, row } from './harness';

const RANK: Record<Band, number> = { exceeded: 5, met: 4, high: 3, medium: 2, low: 1, unassessed: 0 };
const amount = fc.integer({ min: -1_000_000, max: 10_000_000 }).map((n) => n / 100);
const positive = fc.integer({ min: 1, max: 10_000_000 }).map((n) => n / 100);

describe('engine invariants', () => {
  it('never gives a worse band when the actual improves', () => {
    fc.assert(
      fc.property(amount, amount, positive, fc.constantFrom('increase' as const, 'decrease' as const), (a, b, t, direction) => {
        const [worse, better] = direction === 'increase' ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
        if (direction === 'decrease' && worse <= 0) return; // rates of non-positive actuals are not comparable under 100·T/A
        const target = { kind: 'value' as const, value: fromNumber(t) };
        const th = { critical: 50, warning: 70 };
        const bandWorse = assess({ kind: 'number', value: fromNumber(worse) }, target, direction, th).band;
        const bandBetter = assess({ kind: 'number', value: fromNumber(better) }, target, direction, th).band;
        expect(RANK[bandBetter]).toBeGreaterThanOrEqual(RANK[bandWorse]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a numeric cell to the same exact value on the fast path as through the general parser', () => {
    const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer().map((n) => n / 1000), fc.integer());
    fc.assert(
      fc.property(number, fc.constantFrom(undefined, '0.00%', '#,##0.0', '0%'), (value, numFmt) => {
        const cell = numFmt === undefined ? { value } : { value, numFmt };
        const fast = numericCellRational(cell);
        const parsed = parseCellValue(cell, 'vi');
        if (!fast || parsed.kind !== 'number') throw new Error(`not read as a number: ${value}`);
        expect(compare(fast, fromDecimal(parsed.value))).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a numeric actual cell to the very rational of the fast path, parts and all', () => {
    const number = fc.oneof(fc.double({ noNaN: true }), fc.integer().map((n) => n / 1000), fc.integer(), fc.constantFrom(0.1205, 2 ** 53 / 10, 1e15 + 0.5));
    fc.assert(
      fc.property(number, fc.constantFrom(undefined, '0.00%', '#,##0.0', '0%'), (value, numFmt) => {
        const cell = numFmt === undefined ? { value } : { value, numFmt };
        const exact = numericCellRational(cell);
        expect(numericCellActual(cell)).toStrictEqual(exact && { kind: 'number', value: exact });
      }),
      { numRuns: 3000 },
    );
  });

  it('compares a numeric cell with a rate as its rational does, when it can', () => {
    const number = fc.oneof(fc.double({ noNaN: true }), fc.integer().map((n) => n / 1000), fc.integer(), fc.constantFrom(56.7, 0.567, 2 ** 53 / 10));
    const rate = fc.tuple(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 6 })).map(([n, d]) => ({ n, d }));
    const half = fromNumber(0.5);
    fc.assert(
      fc.property(number, fc.constantFrom(undefined, '0.00%', '#,##0.0'), rate, (value, numFmt, computed) => {
        const cell = numFmt === undefined ? { value } : { value, numFmt };
        const exact = numericCellRational(cell);
        const near = numericCellDistance(cell, computed, half);
        if (near !== null) expect(exact && compareDistance(exact, computed, half)).toBe(near);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a numeric cell equal to a rational only when its rational is', () => {
    const number = fc.oneof(fc.double({ noNaN: true }), fc.integer().map((n) => n / 1000), fc.integer(), fc.constantFrom(4500, 63.5, 0.98));
    fc.assert(
      fc.property(number, number, fc.constantFrom(undefined, '0.00%', '#,##0.0'), (value, other, numFmt) => {
        const cell = numFmt === undefined ? { value } : { value, numFmt };
        const exact = numericCellRational(cell);
        for (const r of [exact, numericCellRational({ value: other })]) {
          if (r && numericCellEquals(cell, r)) expect(exact && compare(exact, r)).toBe(0);
        }
      }),
      { numRuns: 3000 },
    );
    expect(numericCellEquals({ value: 4500 }, { n: 4500, d: 1 })).toBe(true);
    expect(numericCellEquals({ value: 63.5 }, { n: 635, d: 10 })).toBe(true);
    expect(numericCellEquals({ value: 0.635, numFmt: '0.0%' }, { n: 6350, d: 100 })).toBe(true);
    expect(numericCellEquals({ value: 63.5 }, { n: 636, d: 10 })).toBe(false);
  });

  it('counts every catalogue indicator exactly once, whatever the cells hold', async () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double({ noNaN: false }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('#DIV/0!', '47/107', '1.234', 'Hoàn thành', '≥ 90', '10-11', '5.840,25', '', '-'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('KT01', 'KT02', 'KT03', 'XX'), cell, cell, cell), { maxLength: 8 }), async (rows) => {
        const catalogue = [cat('KT01', 'A', '%', '10'), cat('KT02', 'B', 'tỷ đồng', '≤ 5'), cat('KT03', 'C', '', 'Hoàn thành')];
        const data = rows.map(([code, unit, target, actual]) => row({ code, unit, target, actual }));
        const { report } = await check(catalogue, data);
        const sum = BANDS.reduce((s, b) => s + report.summary.bands[b], 0);
        expect(sum).toBe(report.summary.total);
        expect(report.summary.total).toBe(3);
        expect(report.summary.byField.reduce((s, f) => s + f.total, 0)).toBe(3);
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 1000) },
    );
  });
});
