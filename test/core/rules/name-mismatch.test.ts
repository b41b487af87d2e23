import { cat, check, row } from '../harness';
import { nameMismatch } from '../../../src/core/rules/name-mismatch';
import { brief, dataRow, entry, run } from './contexts';
import type { RowCells } from './contexts';

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

describe('name-mismatch check', () => {
  const mismatch = (name: string) => [{ rule: 'name-mismatch', severity: 'warning', cell: 'B5', params: { name, expected: 'Thu ngân sách' } }];
  it.each<[string, RowCells, boolean, object[]]>([
    ['another name for the code', { code: 'KT01', name: 'Chi ngân sách' }, false, mismatch('Chi ngân sách')],
    ['the same name in other case and spacing', { code: 'KT01', name: 'thu  ngân sách' }, false, []],
    ['the same name', { code: 'KT01', name: 'Thu ngân sách' }, false, []],
    ['a row without a name', { code: 'KT01' }, false, []],
    ['a row matched by a near name', { name: 'Thu ngân sách nhà nước' }, true, mismatch('Thu ngân sách nhà nước')],
  ])('%s', (_title, cells, near, expected) => {
    const match = { row: dataRow(cells), entry: entry(), near, first: null, suggestion: () => undefined };
    expect(run(nameMismatch, match).map(brief)).toEqual(expected);
  });
});
