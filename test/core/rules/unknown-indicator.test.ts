import { cat, check, row } from '../harness';

const CATALOGUE = [cat('KT01', 'Tốc độ tăng trưởng GRDP', '%', '8,5')];

describe('rule unknown-indicator', () => {
  it.each([
    ['an unknown code', [row({ code: 'KT09', name: 'Chỉ tiêu lạ', actual: 5 })], true, 'B5'],
    ['an unknown name without code', [row({ name: 'Chỉ tiêu không có', unit: '%', actual: 5 })], true, 'C5'],
    ['a known code in another case', [row({ code: 'kt01', actual: 8 })], false, null],
    ['a known name without code (NFD)', [row({ name: 'Tốc độ tăng trưởng GRDP'.normalize('NFD'), actual: 8 })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'unknown-indicator');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('error');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});
