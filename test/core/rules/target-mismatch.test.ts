import { cat, check, row } from '../harness';

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
