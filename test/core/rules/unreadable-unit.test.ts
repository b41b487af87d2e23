import type { ConsolidatedUnit, UnitCheck } from '../../../src/core/model/consolidated';
import { unreadableUnit } from '../../../src/core/rules/unreadable-unit';
import { brief, run } from './contexts';

describe('unreadable-unit check', () => {
  const unreadable: UnitCheck = { file: 'xa-a.xls', name: 'Xã A', unreadable: 'Tệp không phải .xlsx. ' };
  const readable = { file: 'xa-b.xlsx', name: 'Xã B', report: { issues: [], catalogue: { source: 'file', name: 'danh-muc.csv' }, indicators: [] } } as UnitCheck;
  it.each<[string, UnitCheck, ConsolidatedUnit | undefined, object[]]>([
    ['an unreadable file (reason without its full stop)', unreadable, undefined, [{ rule: 'unreadable-unit', severity: 'error', cell: '', params: { file: 'xa-a.xls', unit: 'Xã A', reason: 'Tệp không phải .xlsx' } }]],
    ['an unreadable second file of a unit (a duplicate instead)', unreadable, { name: 'Xã A', file: 'a.xlsx' } as ConsolidatedUnit, []],
    ['a readable file', readable, undefined, []],
  ])('%s', (_title, file, kept, expected) => {
    expect(run(unreadableUnit, { file, kept }).map(brief)).toEqual(expected);
  });
});
