import { cat, check, row } from '../harness';
import { targetMismatch } from '../../../src/core/rules/target-mismatch';
import type { TargetValue } from '../../../src/core/model/achievement';
import { brief, cellCheck, exact, rowCheck, run } from './contexts';

const CATALOGUE = [cat('KT01', 'Tốc độ tăng trưởng GRDP', '%', '8,5')];

describe('rule target-mismatch', () => {
  it.each([
    ['a different row target', [row({ code: 'KT01', target: 9, actual: 8 })], true, 'E5'],
    ['the same target written another way', [row({ code: 'KT01', target: '8.5', actual: 8 })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'target-mismatch');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('target-mismatch check', () => {
  const value = (n: number): TargetValue => ({ kind: 'value', value: exact(n) });
  it.each<[string, 'target' | 'actual', Parameters<typeof rowCheck>[1], object[]]>([
    ['a row target other than the catalogue\'s', 'target', { rowTarget: value(12), target: value(10) }, [{ rule: 'target-mismatch', severity: 'warning', cell: 'D5', params: { rowTarget: '12', catalogueTarget: '10' } }]],
    ['the same row target', 'target', { rowTarget: value(10), target: value(10) }, []],
    ['a row target where the catalogue gives none', 'target', { rowTarget: value(12), target: null }, []],
    ['an unreadable row target', 'target', { rowTarget: null, target: value(10) }, []],
    ['a fraction over another denominator', 'actual', { fractionTarget: value(107), fractionDenominator: { coef: 107n, scale: 0 }, target: value(10) }, [{ rule: 'target-mismatch', severity: 'warning', cell: 'E5', params: { rowTarget: 107, catalogueTarget: '10' } }]],
    ['a fraction over the target', 'actual', { fractionTarget: value(10), fractionDenominator: { coef: 10n, scale: 0 }, target: value(10) }, []],
    ['a fraction for a milestone', 'actual', { fractionTarget: value(107), fractionDenominator: { coef: 107n, scale: 0 }, target: { kind: 'milestone' } }, []],
  ])('%s', (_title, role, fields, expected) => {
    const row = rowCheck({ target: 12, actual: '47/107' }, fields, { targetText: '10' });
    expect(run(targetMismatch, cellCheck(role, role === 'target' ? 12 : '47/107', { row })).map(brief)).toEqual(expected);
  });
});
