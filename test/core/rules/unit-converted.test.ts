import { cat, check, row } from '../harness';

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
