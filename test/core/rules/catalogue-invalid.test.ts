import { cat, check, row } from '../harness';
import { catalogueInvalid } from '../../../src/core/rules/catalogue-invalid';
import type { CatalogueRowCheck } from '../../../src/core/rules/rule';
import { brief, run, targetReading } from './contexts';

describe('rule catalogue-invalid', () => {
  it.each([
    ['a repeated code', [cat('KT01', 'A', '%', '10'), cat('KT01', 'B', '%', '12')], 'B5', 'trùng'],
    ['a row without a name', [cat('KT01', 'A', '%', '10'), cat('KT02', '', '%', '12')], 'B5', 'thiếu tên'],
    ['a row without a code', [cat('KT01', 'A', '%', '10'), cat('', 'Tỷ lệ hộ nghèo', '%', '12')], 'B5', 'thiếu mã'],
    ['an unreadable target', [cat('KT01', 'A', '%', 'chưa xác định')], 'G4', 'mục tiêu'],
    ['an unreadable direction', [cat('KT01', 'A', '%', '10', 'ngang')], 'F4', 'chiều đánh giá'],
  ])('%s', async (_title, catalogue, cell, words) => {
    const { report } = await check(catalogue, [row({ code: 'KT01', actual: 8 })]);
    const found = report.issues.filter((i) => i.rule === 'catalogue-invalid');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', sheet: 'Danh mục chỉ tiêu', cell });
    expect(found[0].message).toContain(words);
  });

  it.each([
    ['a group row "I. KINH TẾ"', [[undefined, undefined, 'I. KINH TẾ'], cat('KT01', 'A', '%', '10')]],
    ['a group row with a Roman STT', [['II', undefined, 'VĂN HÓA – XÃ HỘI'], cat('KT01', 'A', '%', '10')]],
    ['valid rows', [cat('KT01', 'A', '%', '≥ 90', 'Tăng')]],
  ])('is not raised for %s', async (_title, catalogue) => {
    const { report } = await check(catalogue, [row({ code: 'KT01', actual: 8 })]);
    expect(report.issues.map((i) => i.rule)).not.toContain('catalogue-invalid');
  });
});

describe('catalogue-invalid check', () => {
  const row = (over: Partial<CatalogueRowCheck>): CatalogueRowCheck => ({
    sheet: 'DM', rowIndex: 4, codeColumn: 1, code: 'KT01', name: 'Thu', firstRow: null, target: null, targetColumn: 6, targetText: '',
    directionInvalid: false, directionColumn: 5, directionText: '', ...over,
  });
  const invalid = (cell: string, params: object) => ({ rule: 'catalogue-invalid', severity: 'error', cell, params });
  it.each<[string, Partial<CatalogueRowCheck>, object[]]>([
    ['no code', { code: '' }, [invalid('B5', { problem: 'no-code' })]],
    ['no name', { name: '' }, [invalid('B5', { problem: 'no-name' })]],
    ['a repeated code', { firstRow: 3 }, [invalid('B5', { problem: 'duplicate-code', firstRow: '3' })]],
    ['an identity to accept (target not read yet)', {}, []],
    ['an unreadable target', { target: targetReading({ unreadable: true }), targetText: 'chưa rõ' }, [invalid('G5', { problem: 'bad-target', value: 'chưa rõ' })]],
    ['an unreadable direction', { target: targetReading(), directionInvalid: true, directionText: 'ngang' }, [invalid('F5', { problem: 'bad-direction', value: 'ngang' })]],
    ['both, target first', { target: targetReading({ unreadable: true }), targetText: 'x', directionInvalid: true, directionText: 'y' }, [invalid('G5', { problem: 'bad-target', value: 'x' }), invalid('F5', { problem: 'bad-direction', value: 'y' })]],
    ['a good row', { target: targetReading() }, []],
  ])('%s', (_title, over, expected) => {
    expect(run(catalogueInvalid, row(over)).map(brief)).toEqual(expected);
  });
});
