import { cat, check, row } from '../harness';

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
