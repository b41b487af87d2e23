import { CATALOGUE_HEADER, cat, checkSheets, sheet } from '../harness';
import { isRunFailure } from '../../../src/core';
import { missingColumn } from '../../../src/core/rules/missing-column';
import { brief, run } from './contexts';

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

describe('missing-column check', () => {
  it.each<[string, boolean, unknown[][], object[]]>([
    ['a header without an actual column', false, [['Mã', 'Chỉ tiêu', 'Kế hoạch']], [{ rule: 'missing-column', severity: 'error', cell: 'A1', params: { missing: 'actual', header: 'Mã | Chỉ tiêu | Kế hoạch' } }]],
    ['no header at all', false, [['BIỂU TỔNG HỢP']], [{ rule: 'missing-column', severity: 'error', cell: 'A1', params: { missing: 'actual' } }]],
    ['a header found', true, [['Mã', 'Thực hiện']], []],
  ])('%s', (_title, headerFound, rows, expected) => {
    const sheet = { name: 'Báo cáo', rows: rows.map((r) => r.map((value) => ({ value: value as string }))) };
    expect(run(missingColumn, { sheet, headerFound, tableBelow: null, footerRow: null }).map(brief)).toEqual(expected);
  });
});
