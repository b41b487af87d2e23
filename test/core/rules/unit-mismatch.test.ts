import { cat, check, row } from '../harness';

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
