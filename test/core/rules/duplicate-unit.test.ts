import type { ConsolidatedUnit, UnitCheck } from '../../../src/core/model/consolidated';
import { duplicateUnit } from '../../../src/core/rules/duplicate-unit';
import { brief, run } from './contexts';

describe('duplicate-unit check', () => {
  const kept = { name: 'Sở Tài chính', file: 'stc.xlsx' } as ConsolidatedUnit;
  const file: UnitCheck = { file: 'stc-2.xlsx', name: 'SỞ TÀI CHÍNH', unreadable: 'hỏng' };
  it.each<[string, ConsolidatedUnit | undefined, object[]]>([
    ['a second file of a unit', kept, [{ rule: 'duplicate-unit', severity: 'warning', cell: '', params: { file: 'stc-2.xlsx', unit: 'Sở Tài chính', firstFile: 'stc.xlsx' } }]],
    ['the first file of a unit', undefined, []],
  ])('%s', (_title, earlier, expected) => {
    expect(run(duplicateUnit, { file, kept: earlier }).map(brief)).toEqual(expected);
  });
});
