import { cat, check, row } from '../harness';

const CATALOGUE = [cat('KT01', 'Tốc độ tăng trưởng GRDP', '%', '8,5')];

describe('rule not-a-number', () => {
  it.each([
    ['words', [row({ code: 'KT01', actual: 'đang cập nhật' })], true, 'F5'],
    ['a fraction with zero denominator', [row({ code: 'KT01', actual: '3/0' })], true, 'F5'],
    ['a Vietnamese decimal', [row({ code: 'KT01', actual: '8,25' })], false, null],
    ['a fraction', [row({ code: 'KT01', actual: '47/107' })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'not-a-number');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('error');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});
