import { cat, check, row } from '../harness';

const CATALOGUE = [cat('KT01', 'Tốc độ tăng trưởng GRDP', '%', '8,5')];

describe('rule formula-error', () => {
  it.each([
    ['an error value', [row({ code: 'KT01', actual: { value: { error: '#DIV/0!' }, formula: 'E5/0' } })], true, 'F5'],
    ['an error typed as text', [row({ code: 'KT01', actual: '#N/A' })], true, 'F5'],
    ['a formula with a number result', [row({ code: 'KT01', actual: { value: 8, formula: 'E5' } })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'formula-error');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('error');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});
