import { cat, check, row } from '../harness';
import { magnitude } from '../../../src/core/rules/magnitude';
import { brief, exact, rowCheck, run } from './contexts';

const CATALOGUE = [cat('KT02', 'Thu ngân sách', 'tỷ đồng', '4.500')];

describe('rule magnitude', () => {
  it.each([
    ['a hundred times the target', [row({ code: 'KT02', actual: 450000 })], true, 'F5'],
    ['a hundredth of the target', [row({ code: 'KT02', actual: 45 })], true, 'F5'],
    ['a plausible value', [row({ code: 'KT02', actual: 3250 })], false, null],
    ['zero actual', [row({ code: 'KT02', actual: 0 })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'magnitude');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('magnitude check', () => {
  const value = (n: number) => ({ kind: 'value' as const, value: exact(n) });
  const number = (n: number) => ({ kind: 'number' as const, value: exact(n) });
  it.each<[string, Parameters<typeof rowCheck>[1], object[]]>([
    ['A/T of 500', { actual: number(5000), assessedTarget: value(10) }, [{ rule: 'magnitude', severity: 'warning', cell: 'E5', params: { actual: 5000, target: 10 } }]],
    ['A/T of exactly 100', { actual: number(1000), assessedTarget: value(10) }, [{ rule: 'magnitude', severity: 'warning', cell: 'E5', params: { actual: 1000, target: 10 } }]],
    ['A/T of exactly 0,01', { actual: number(0.1), assessedTarget: value(10) }, [{ rule: 'magnitude', severity: 'warning', cell: 'E5', params: { actual: 0.1, target: 10 } }]],
    ['A/T of 5', { actual: number(50), assessedTarget: value(10) }, []],
    ['a zero actual', { actual: number(0), assessedTarget: value(10) }, []],
    ['no target', { actual: number(5000), assessedTarget: null }, []],
    ['a milestone actual', { actual: { kind: 'milestone', done: true }, assessedTarget: { kind: 'milestone' } }, []],
  ])('%s', (_title, fields, expected) => {
    expect(run(magnitude, rowCheck({}, fields)).map(brief)).toEqual(expected);
  });
});
