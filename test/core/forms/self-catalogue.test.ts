import { isRunFailure } from '../../../src/core';
import { checkSheets, sheet } from '../harness';

const form = (planHeader: string | null) =>
  sheet('Biểu 01', [
    ['BIỂU SỐ 01'],
    ['STT', 'Chỉ tiêu', 'ĐVT', ...(planHeader ? [planHeader] : []), 'Thực hiện năm 2023'],
    ['I', 'KINH TẾ'],
    ['1', 'Tổng thu ngân sách', 'Tỷ đồng', ...(planHeader ? [100] : []), 96],
    [undefined, 'Tỷ lệ hộ nghèo', '%', ...(planHeader ? ['≤ 10'] : []), 12.5],
    [undefined, 'Trong đó: dân tộc thiểu số', '%', ...(planHeader ? [undefined] : []), 15],
    ['2', 'Số xã đạt chuẩn nông thôn mới', 'Xã', ...(planHeader ? ['chưa xác định'] : []), 8],
  ]);

describe('a form without a catalogue (SPEC §2.2)', () => {
  it('names the target column on one line when its header has a line break', async () => {
    const outcome = await checkSheets([form('Kế hoạch\nnăm  2023')]);
    if (isRunFailure(outcome)) throw new Error(outcome.message);
    expect(outcome.report.catalogue).toEqual({ source: 'self', name: 'Kế hoạch năm 2023' });
  });

  it('is its own catalogue when it has a target column', async () => {
    const outcome = await checkSheets([form('Kế hoạch năm 2023')]);
    if (isRunFailure(outcome)) throw new Error(outcome.message);
    const { report } = outcome;
    expect(report.catalogue).toEqual({ source: 'self', name: 'Kế hoạch năm 2023' });
    expect(report.indicators.map((i) => [i.code, i.name, i.field, i.direction, i.band])).toEqual([
      ['1', 'Tổng thu ngân sách', 'KINH TẾ', 'increase', 'high'],
      [null, 'Tỷ lệ hộ nghèo', 'KINH TẾ', 'decrease', 'high'],
      ['2', 'Số xã đạt chuẩn nông thôn mới', 'KINH TẾ', 'increase', 'unassessed'],
    ]);
    expect(report.indicators[1].parts).toEqual([{ name: 'Trong đó: dân tộc thiểu số', row: 6, actual: 15, unit: '%' }]);
    expect(report.issues.map((i) => [i.rule, i.cell])).toEqual([['not-a-number', 'D7']]);
    const summaryText = outcome.summarySheet.rows.flat().map((c) => c?.value);
    expect(summaryText).toContain('Mục tiêu: theo cột «Kế hoạch năm 2023» của biểu');
  });

  it('stops with no-catalogue when there is no target column either', async () => {
    const outcome = await checkSheets([form(null)]);
    expect(isRunFailure(outcome) && outcome.failure).toBe('no-catalogue');
  });
});

describe('merged cells that cut across the header', () => {
  it('give missing-column with the header as read, never a crash', async () => {
    const cut = sheet('Biểu 01', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2023', 'BÁO CÁO KẾT QUẢ', undefined],
      [undefined, undefined, undefined, undefined, 'Thực', 'hiện'],
      [1, 'Tổng thu ngân sách', 'Tỷ đồng', 100, 96],
    ]);
    const catalogue = sheet('Danh mục chỉ tiêu', [['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Mục tiêu'], ['KT01', 'Tổng thu ngân sách', 100]]);
    const outcome = await checkSheets([catalogue, cut], { dataSheets: ['Biểu 01'] });
    if (isRunFailure(outcome)) throw new Error(outcome.message);
    const issue = outcome.report.issues.find((i) => i.rule === 'missing-column');
    expect(issue?.message).toContain('«STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2023»');
  });
});
