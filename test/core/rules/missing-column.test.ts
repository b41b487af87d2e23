import { CATALOGUE_HEADER, cat, checkSheets, sheet } from '../harness';
import { isRunFailure } from '../../../src/core';

const catalogue = sheet('Danh mục chỉ tiêu', [CATALOGUE_HEADER, cat('KT01', 'Tốc độ tăng trưởng GRDP', '%', '8,5')]);

describe('rule missing-column', () => {
  it.each([
    ['a named sheet without an actual column', [['Mã', 'Chỉ tiêu', 'Kế hoạch'], ['KT01', 'Tốc độ tăng trưởng GRDP', 8.5]], 'actual'],
    ['a named sheet without code or name', [['STT', 'Thực hiện'], [1, 8]], 'code-or-name'],
    ['a named sheet with no header at all', [['BIỂU TỔNG HỢP'], [], [1, 2, 3]], 'actual'],
  ])('%s', async (_title, rows, missing) => {
    const outcome = await checkSheets([catalogue, sheet('Báo cáo', rows)], { dataSheets: ['Báo cáo'] });
    if (isRunFailure(outcome)) throw new Error(outcome.message);
    const found = outcome.report.issues.filter((i) => i.rule === 'missing-column');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', sheet: 'Báo cáo', cell: 'A1', code: null });
    expect(found[0].message).toContain(missing === 'actual' ? 'Thực hiện' : 'Mã');
  });

  it('is not raised for a sheet with a header under a title block', async () => {
    const outcome = await checkSheets([catalogue, sheet('Báo cáo', [['UBND'], [], ['Mã số', 'Thực hiện 2024'], ['KT01', 8]])], { dataSheets: ['Báo cáo'] });
    if (isRunFailure(outcome)) throw new Error(outcome.message);
    expect(outcome.report.issues.map((i) => i.rule)).not.toContain('missing-column');
  });
});
