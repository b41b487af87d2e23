import { cat, check, row } from '../harness';

const CATALOGUE = [cat('KT01', 'A', 'tỷ đồng', '15,8')];

describe('rule rate-mismatch', () => {
  it.each([
    ['a stated rate 2 points off', [row({ code: 'KT01', actual: '12,8', rate: 83 })], true, 'G5'],
    ['a stated rate 0,5 point off exactly', [row({ code: 'KT01', actual: '7,9', rate: '50,5' })], false, null],
    ['a stated rate just over 0,5 point off', [row({ code: 'KT01', actual: '7,9', rate: '50,51' })], true, 'G5'],
    ['a percent cell with the right rate', [row({ code: 'KT01', actual: '12,8', rate: { value: 0.81, numFmt: '0.0%' } })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'rate-mismatch');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});
