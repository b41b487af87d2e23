import { cat, check, row } from '../harness';

const CATALOGUE = [cat('KT01', 'Tốc độ tăng trưởng GRDP', '%', '8,5')];

describe('rule duplicate-indicator', () => {
  it.each([
    ['a repeated code', [row({ code: 'KT01', actual: 8 }), row({ code: 'KT01', actual: 9 })], true, 'B6'],
    ['one row per indicator', [row({ code: 'KT01', actual: 8 })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'duplicate-indicator');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('error');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});
