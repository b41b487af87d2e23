import { cat, check, row } from '../harness';

const CATALOGUE = [cat('KT01', 'Số doanh nghiệp', 'doanh nghiệp', '2000')];

describe('rule ambiguous-number', () => {
  it.each([
    ['1.234 read by the workbook culture', [row({ code: 'KT01', actual: '1.234' })], true, 'F5'],
    ['a number with decimals and thousands', [row({ code: 'KT01', actual: '1.234,5' })], false, null],
    ['276.3 (not a thousands group)', [row({ code: 'KT01', actual: '276.3' })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'ambiguous-number');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});
