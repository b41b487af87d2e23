import { breakdownExceedsTotal } from '../../../src/core/rules/breakdown-exceeds-total';
import type { PartRow } from '../../../src/core/table/read-data-sheet';
import { brief, dataRow, exact, run } from './contexts';

describe('breakdown-exceeds-total check', () => {
  const part: PartRow = { index: 5, name: 'Thu nội địa', unit: null, actual: undefined, address: 'E6', additive: true };
  it.each<[string, number, number | null, object[]]>([
    ['a part larger than its total', 60, 50, [{ rule: 'breakdown-exceeds-total', severity: 'warning', cell: 'E6', params: { part: 'Thu nội địa', value: 60, total: 50 } }]],
    ['a part equal to its total', 50, 50, []],
    ['a part smaller than its total', 40, 50, []],
    ['an indicator without a number', 60, null, []],
  ])('%s', (_title, actual, total, expected) => {
    const check = { row: dataRow({ code: 'KT01' }), part, code: 'KT01', actual: exact(actual), total: total === null ? null : exact(total) };
    expect(run(breakdownExceedsTotal, check).map(brief)).toEqual(expected);
  });
});
