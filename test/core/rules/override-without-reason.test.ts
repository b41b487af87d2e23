import { cat, check, row } from '../harness';
import { overrideWithoutReason } from '../../../src/core/rules/override-without-reason';
import { brief, rowCheck, run } from './contexts';
import type { RowCells } from './contexts';

const CATALOGUE = [cat('KT01', 'A', 'tỷ đồng', '100')];

describe('rule override-without-reason', () => {
  it.each([
    ['an override without a reason', [row({ code: 'KT01', actual: 40, override: 'Đạt từ 50% đến dưới 70%' })], true, 'I5'],
    ['an override with a reason', [row({ code: 'KT01', actual: 40, override: 'medium', reason: 'Nguồn vốn giải ngân vào quý IV' })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'override-without-reason');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('override-without-reason check', () => {
  it.each<[string, RowCells, Parameters<typeof rowCheck>[1], object[]]>([
    ['an override without reason', { override: 'Đạt' }, { overrideBand: 'met' }, [{ rule: 'override-without-reason', severity: 'warning', cell: 'H5', params: { override: 'Đạt' } }]],
    ['an override with its reason', { override: 'Đạt', reason: 'Số liệu quý IV' }, { overrideBand: 'met' }, []],
    ['no readable override', { override: 'xem sau' }, { overrideBand: undefined }, []],
  ])('%s', (_title, cells, fields, expected) => {
    expect(run(overrideWithoutReason, rowCheck(cells, fields)).map(brief)).toEqual(expected);
  });
});
