import { cat, check, row } from '../harness';
import { unitConverted } from '../../../src/core/rules/unit-converted';
import type { UnitPlan } from '../../../src/core/values/unit-plan';
import { brief, cellCheck, rowCheck, run } from './contexts';

const CATALOGUE = [cat('KT02', 'Thu ngân sách', 'tỷ đồng', '4.500')];

describe('rule unit-converted', () => {
  it.each([
    ['nghìn tỷ đồng to tỷ đồng', [row({ code: 'KT02', unit: 'nghìn tỷ đồng', actual: '3,25' })], true, 'D5'],
    ['the same unit written tỉ đồng', [row({ code: 'KT02', unit: 'tỉ đồng', actual: 3250 })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'unit-converted');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('info');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('unit-converted check', () => {
  const convert: UnitPlan = { kind: 'convert', from: 'triệu đồng', to: 'tỷ đồng' };
  const converted = [{ rule: 'unit-converted', severity: 'info', cell: 'C5', params: { from: 'triệu đồng', to: 'tỷ đồng' } }];
  it.each<[string, string | number, UnitPlan, boolean, object[]]>([
    ['a converted number', '3.250,5', convert, false, converted],
    ['a converted fraction', '47/107', convert, false, converted],
    ['a fraction of a percentage', '47/107', convert, true, []],
    ['a fraction over zero', '47/0', convert, false, []],
    ['text', 'chưa có', convert, false, []],
    ['the same unit', 3250, { kind: 'same' }, false, []],
  ])('%s', (_title, value, units, percentUnit, expected) => {
    const row = rowCheck({ unit: 'triệu đồng' }, { units, percentUnit });
    expect(run(unitConverted, cellCheck('actual', value, { row })).map(brief)).toEqual(expected);
  });
});
