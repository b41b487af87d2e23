import { breakdownOf } from '../../../src/core/forms/breakdown';
import { isFooterRow } from '../../../src/core/forms/footer';
import { readBody } from '../../../src/core/forms/read-body';
import type { RawCell } from '../../../src/core/model/model';
import { sheet } from '../harness';

const row = (...values: Array<RawCell['value'] | undefined>): Array<RawCell | undefined> => values.map((value) => (value === undefined ? undefined : { value }));

describe('isFooterRow', () => {
  it.each([
    ['Văn Lãng, ngày 15 tháng 12 năm 2023'],
    ['…, ngày … tháng … năm 2024'],
    ['NGƯỜI LẬP BIỂU'],
    ['THỦ TRƯỞNG ĐƠN VỊ'],
    ['TM. ỦY BAN NHÂN DÂN'],
    ['KT. CHỦ TỊCH'],
    ['PHÓ CHỦ TỊCH'],
    ['GIÁM ĐỐC'],
    ['Nơi nhận:'],
    ['Ghi chú: số liệu ước tính'],
    ['* Số liệu sơ bộ'],
    ['(1) Theo chuẩn nghèo đa chiều'],
    ['Van Lang, 15 December 2023'],
    ['PREPARED BY'],
  ])('%s opens the footer', (text) => {
    expect(isFooterRow(row(undefined, text))).toBe(true);
  });

  it.each([['Tổng thu ngân sách'], ['Số ngày công lao động'], ['Chủ tịch UBND xã được đào tạo'], ['Giám đốc doanh nghiệp nữ']])('%s does not', (text) => {
    expect(isFooterRow(row(1, text))).toBe(false);
    expect(isFooterRow(row(undefined, text))).toBe(false);
  });

  it('never ends the table on a row holding a number', () => {
    expect(isFooterRow(row('NGƯỜI LẬP BIỂU', 12))).toBe(false);
  });
});

describe('breakdownOf', () => {
  it('reads "Trong đó", "Chia ra", bullets and lower-case letters as parts', () => {
    expect(breakdownOf('', 'Trong đó: Thu nội địa')).toEqual({ additive: true, label: false });
    expect(breakdownOf('', 'Trong đó:')).toEqual({ additive: true, label: true });
    expect(breakdownOf('', 'Chia ra')).toEqual({ additive: true, label: true });
    expect(breakdownOf('', '- Khu vực thành thị')).toEqual({ additive: false, label: false });
    expect(breakdownOf('+', 'Cây lúa')).toEqual({ additive: false, label: false });
    expect(breakdownOf('a)', 'Cây lúa')).toEqual({ additive: false, label: false });
  });

  it('leaves indicators, groups and capital letters alone', () => {
    expect(breakdownOf('1', 'Tổng thu ngân sách')).toBeNull();
    expect(breakdownOf('A', 'Văn hóa - Xã hội')).toBeNull();
    expect(breakdownOf('', 'Trong năm có 3 xã đạt chuẩn')).toBeNull();
  });

  it('keeps a row numbered 1, 2, 1.1 an indicator even when its name starts with a bullet', () => {
    expect(breakdownOf('2', '- Số hộ được hỗ trợ nhà ở')).toBeNull();
    expect(breakdownOf('1.2', '+ Cây lúa')).toBeNull();
    expect(breakdownOf('3', 'a) Cây ngô')).toBeNull();
  });
});

describe('readBody', () => {
  const cols = { stt: 0, name: 1, unit: 2, target: 3, actual: 4 };
  const s = sheet('x', [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
    ['I', 'KINH TẾ'],
    ['1', 'Sản xuất nông nghiệp'],
    ['1.1', 'Diện tích gieo trồng', 'ha', 5200, 5310],
    ['a)', 'Cây lúa', 'ha', undefined, 2950],
    ['2', 'Tổng thu ngân sách', 'triệu đồng', 105000, 98700],
    [undefined, 'Trong đó:'],
    [undefined, '- Thu nội địa', 'triệu đồng', undefined, 80300],
    ['II', 'XÃ HỘI'],
    ['3', 'Số lao động có việc làm mới', 'người', 1200, undefined],
    [],
    [undefined, 'Văn Lãng, ngày 15 tháng 12 năm 2023'],
    [undefined, 'NGƯỜI LẬP BIỂU', undefined, 'KT. CHỦ TỊCH'],
    [undefined, 'Hoàng Thị Mai', undefined, 'Lương Văn Đức'],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Ước thực hiện 2023'],
    [1, 'Tổng thu ngân sách', 'triệu đồng', 110000, 98700],
  ]);
  const body = readBody(s, 1, cols);

  it('keeps only indicator rows, with the Roman group as field', () => {
    expect(body.rows.map((r) => [r.row, r.name, r.groupField])).toEqual([
      [4, 'Diện tích gieo trồng', 'KINH TẾ'],
      [6, 'Tổng thu ngân sách', 'KINH TẾ'],
      [10, 'Số lao động có việc làm mới', 'XÃ HỘI'],
    ]);
  });

  it('puts breakdown rows under their indicator, additive after "Trong đó:"', () => {
    expect(body.rows[0].parts?.map((p) => [p.name, p.address, p.additive])).toEqual([['Cây lúa', 'E5', false]]);
    expect(body.rows[1].parts?.map((p) => [p.name, p.address, p.additive])).toEqual([['- Thu nội địa', 'E8', true]]);
    expect(body.rows[2].parts).toBeNull();
  });

  it('names a numbered sub-group field only for its sub-numbered rows, not for the next sibling', () => {
    const plain = sheet('y', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      ['1', 'Nông nghiệp'],
      ['1.1', 'Lúa', 'tấn', 100, 90],
      ['1.2', 'Ngô', 'tấn', 50, 20],
      ['2', 'Giá trị sản xuất công nghiệp', 'tỷ đồng', 10, 10],
    ]);
    expect(readBody(plain, 1, cols).rows.map((r) => [r.name, r.groupField])).toEqual([
      ['Lúa', 'Nông nghiệp'],
      ['Ngô', 'Nông nghiệp'],
      ['Giá trị sản xuất công nghiệp', null],
    ]);
  });

  it('ends at the footer and finds the table below it', () => {
    expect(body.footerRow).toBe(11);
    expect(body.tableBelow).toBe(15);
  });
});
