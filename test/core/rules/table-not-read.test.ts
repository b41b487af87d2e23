import { tableNotRead } from '../../../src/core/rules/table-not-read';
import { brief, run } from './contexts';

describe('table-not-read check', () => {
  it.each<[string, number | null, number | null, object[]]>([
    ['a table below the footer', 20, 15, [{ rule: 'table-not-read', severity: 'info', cell: 'A21', params: { row: 21, footerRow: 16 } }]],
    ['nothing below the footer', null, 15, []],
    ['no footer', null, null, []],
  ])('%s', (_title, tableBelow, footerRow, expected) => {
    const check = { sheet: { name: 'Biểu 01', rows: [] }, headerFound: true, tableBelow, footerRow };
    expect(run(tableNotRead, check).map(brief)).toEqual(expected);
  });
});
