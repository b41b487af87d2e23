import { cat, check, row } from '../harness';
import { unknownIndicator } from '../../../src/core/rules/unknown-indicator';
import { brief, dataRow, entry, run } from './contexts';

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

describe('unknown-indicator check', () => {
  it.each<[string, boolean, string | undefined, object[]]>([
    ['an unknown code with a suggestion', false, 'KT01 “Thu ngân sách”', [{ rule: 'unknown-indicator', severity: 'error', cell: 'A5', params: { value: 'KT99', suggestion: 'KT01 “Thu ngân sách”' } }]],
    ['an unknown code without one', false, undefined, [{ rule: 'unknown-indicator', severity: 'error', cell: 'A5', params: { value: 'KT99' } }]],
    ['a known code', true, undefined, []],
  ])('%s', (_title, known, hint, expected) => {
    const match = { row: dataRow({ code: 'KT99', name: 'Thu' }), entry: known ? entry() : undefined, near: false, first: null, suggestion: () => hint };
    expect(run(unknownIndicator, match).map(brief)).toEqual(expected);
  });
});
