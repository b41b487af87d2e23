import { cat, check, row } from '../harness';
import { emptyActual } from '../../../src/core/rules/empty-actual';
import type { CellRole } from '../../../src/core/rules/rule';
import { brief, cellCheck, run } from './contexts';

const CATALOGUE = [cat('KT01', 'Tốc độ tăng trưởng GRDP', '%', '8,5')];

describe('rule empty-actual', () => {
  it.each([
    ['a blank actual', [row({ code: 'KT01', name: 'Tốc độ tăng trưởng GRDP', actual: '' })], true, 'F5'],
    ['a dash as actual', [row({ code: 'KT01', actual: '-' })], true, 'F5'],
    ['a zero actual', [row({ code: 'KT01', actual: 0 })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'empty-actual');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('empty-actual check', () => {
  it.each<[string, CellRole, string | number | undefined, object[]]>([
    ['a blank actual', 'actual', undefined, [{ rule: 'empty-actual', severity: 'warning', cell: 'X9', params: {} }]],
    ['a blank-looking actual', 'actual', '  ', [{ rule: 'empty-actual', severity: 'warning', cell: 'X9', params: {} }]],
    ['an actual', 'actual', 5, []],
    ['a blank part', 'part', undefined, []],
  ])('%s', (_title, role, value, expected) => {
    expect(run(emptyActual, cellCheck(role, value)).map(brief)).toEqual(expected);
  });
});
