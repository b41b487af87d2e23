import { cat, check, row } from '../harness';

const CATALOGUE = [cat('KT01', 'Tốc độ tăng trưởng GRDP', '%', '8,5')];

describe('rule name-mismatch', () => {
  it.each([
    ['a different name', [row({ code: 'KT01', name: 'Tăng trưởng kinh tế', actual: 8 })], true, 'C5'],
    ['the same name with other spacing and case', [row({ code: 'KT01', name: 'tốc độ  tăng trưởng GRDP ', actual: 8 })], false, null],
    ['no name at all', [row({ code: 'KT01', actual: 8 })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'name-mismatch');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});
