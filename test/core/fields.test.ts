import { isRunFailure } from '../../src/core';
import { checkSheets, sheet } from './harness';

const CATALOGUE = sheet('Danh mục chỉ tiêu', [
  ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu'],
  ['KT01', 'Tốc độ tăng trưởng GRDP', '%', 8],
  ['XH01', 'Tỷ lệ hộ nghèo', '%', 'giảm còn 1,5'],
  ['MT01', 'Tỷ lệ che phủ rừng', '%', 63.5],
]);

describe('the field of an indicator when the catalogue gives none', () => {
  it('comes from the data sheet: its field column first, else the group row above', async () => {
    const data = sheet('Báo cáo', [
      ['BIỂU TỔNG HỢP'],
      ['STT', 'Mã', 'Chỉ tiêu', 'Lĩnh vực', 'Thực hiện'],
      ['I', undefined, 'KINH TẾ'],
      [1, 'KT01', 'Tốc độ tăng trưởng GRDP', undefined, 7.5],
      ['II', undefined, 'VĂN HÓA – XÃ HỘI'],
      [2, 'XH01', 'Tỷ lệ hộ nghèo', 'Xã hội', 1.6],
      [3, 'MT01', 'Tỷ lệ che phủ rừng', undefined, 63.6],
    ]);
    const outcome = await checkSheets([CATALOGUE, data]);
    if (isRunFailure(outcome)) throw new Error(outcome.message);
    const fields = Object.fromEntries(outcome.report.indicators.map((i) => [i.code, i.field]));
    expect(fields).toEqual({ KT01: 'KINH TẾ', XH01: 'Xã hội', MT01: 'VĂN HÓA – XÃ HỘI' });
    expect(outcome.report.summary.byField.map((f) => [f.field, f.total])).toEqual([
      ['KINH TẾ', 1],
      ['Xã hội', 1],
      ['VĂN HÓA – XÃ HỘI', 1],
    ]);
  });
});
