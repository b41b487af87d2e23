import { cat, check, row } from '../harness';
import { unitMismatch } from '../../../src/core/rules/unit-mismatch';
import type { UnitPlan } from '../../../src/core/values/unit-plan';
import { brief, rowCheck, run } from './contexts';

const CATALOGUE = [cat('KT02', 'Thu ngân sách', 'tỷ đồng', '4.500')];

describe('rule unit-mismatch', () => {
  it.each([
    ['a unit of another family', [row({ code: 'KT02', unit: 'ha', actual: 3250 })], true, 'D5'],
    ['a per-person suffix that does not match', [row({ code: 'KT02', unit: 'tỷ đồng/người', actual: 3250 })], true, 'D5'],
    ['no unit on the row', [row({ code: 'KT02', actual: 3250 })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'unit-mismatch');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('error');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('unit-mismatch check', () => {
  it.each<[string, UnitPlan, object[]]>([
    ['units that cannot be converted', { kind: 'mismatch' }, [{ rule: 'unit-mismatch', severity: 'error', cell: 'C5', params: { from: 'ha', to: 'tỷ đồng' } }]],
    ['units that are converted', { kind: 'convert', from: 'ha', to: 'tỷ đồng' }, []],
    ['the same unit', { kind: 'same' }, []],
  ])('%s', (_title, units, expected) => {
    expect(run(unitMismatch, rowCheck({ unit: 'ha' }, { units }, { unit: 'tỷ đồng' })).map(brief)).toEqual(expected);
  });
});
