import { cat, check, row } from '../harness';
import { duplicateIndicator } from '../../../src/core/rules/duplicate-indicator';
import { DataRow } from '../../../src/core/table/read-data-sheet';
import { brief, dataRow, entry, run } from './contexts';

const CATALOGUE = [cat('KT01', 'Tốc độ tăng trưởng GRDP', '%', '8,5')];

describe('rule duplicate-indicator', () => {
  it.each([
    ['a repeated code', [row({ code: 'KT01', actual: 8 }), row({ code: 'KT01', actual: 9 })], true, 'B6'],
    ['one row per indicator', [row({ code: 'KT01', actual: 8 })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'duplicate-indicator');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('error');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('duplicate-indicator check', () => {
  const earlier = (sheet: string) => new DataRow(sheet, 2, [{ value: 'KT01' }], { code: 0 }, 'KT01', null, null, null, null, null, null);
  it.each<[string, DataRow | null, object[]]>([
    ['a second row on the same sheet', earlier('Data'), [{ rule: 'duplicate-indicator', severity: 'error', cell: 'A5', params: { firstCell: 'A3' } }]],
    ['a second row on another sheet', earlier('Quý I'), [{ rule: 'duplicate-indicator', severity: 'error', cell: 'A5', params: { firstCell: 'Quý I!A3' } }]],
    ['the first row', null, []],
  ])('%s', (_title, first, expected) => {
    const match = { row: dataRow({ code: 'KT01' }), entry: entry(), near: false, first, suggestion: () => undefined };
    expect(run(duplicateIndicator, match).map(brief)).toEqual(expected);
  });
});
