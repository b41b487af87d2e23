import { cat, check, row } from '../harness';

const CATALOGUE = [cat('KT01', 'Số tuyến phố văn minh', 'tuyến phố', '')];

describe('rule missing-target', () => {
  it.each([
    ['no target anywhere', [row({ code: 'KT01', actual: 8 })], true, 'E5'],
    ['a target on the row', [row({ code: 'KT01', target: 10, actual: 8 })], false, null],
    ['a fraction gives the target', [row({ code: 'KT01', unit: 'tuyến phố', actual: '47/107' })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'missing-target');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('error');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});
