import { cat, check, row } from '../harness';

const CATALOGUE = [cat('KT02', 'Thu ngân sách', 'tỷ đồng', '4.500')];

describe('rule magnitude', () => {
  it.each([
    ['a hundred times the target', [row({ code: 'KT02', actual: 450000 })], true, 'F5'],
    ['a hundredth of the target', [row({ code: 'KT02', actual: 45 })], true, 'F5'],
    ['a plausible value', [row({ code: 'KT02', actual: 3250 })], false, null],
    ['zero actual', [row({ code: 'KT02', actual: 0 })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'magnitude');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});
