import { unitKey, unitNameFromFile, unitNameFromTitle } from '../../../src/core/consolidate/unit-name';
import { sheet } from '../harness';

describe('the reporting unit of a form (SPEC §10)', () => {
  it('is the issuing body of the title block; the unit under its parent wins', () => {
    const form = sheet('Biểu 01', [
      ['UBND HUYỆN VĂN LÃNG', undefined, undefined, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['UBND XÃ TÂN THANH', undefined, undefined, 'Độc lập - Tự do - Hạnh phúc'],
      [],
      ['BIỂU SỐ 01'],
      ['STT', 'Mã', 'Chỉ tiêu', 'Thực hiện'],
    ]);
    expect(unitNameFromTitle(form, 4)).toBe('UBND XÃ TÂN THANH');
  });

  it.each([
    ['UBND PHƯỜNG  Hoàng Văn Thụ', 'UBND PHƯỜNG Hoàng Văn Thụ'],
    ['ỦY BAN NHÂN DÂN HUYỆN CAO LỘC', 'ỦY BAN NHÂN DÂN HUYỆN CAO LỘC'],
    ['UBND TỈNH LẠNG SƠN\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ'],
    ['UBND THỊ TRẤN NA SẦM:', 'UBND THỊ TRẤN NA SẦM'],
    ['Ủy ban nhân dân xã Tân Mỹ', 'Ủy ban nhân dân xã Tân Mỹ'],
  ])('reads %j as %j', (cell, name) => {
    expect(unitNameFromTitle(sheet('S', [[cell], ['STT', 'Chỉ tiêu', 'Thực hiện']]), 1)).toBe(name);
  });

  it('ignores the motto, the title and anything below the header', () => {
    const form = sheet('S', [
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['BÁO CÁO KẾT QUẢ CỦA UBND XÃ TÂN THANH'],
      ['STT', 'Chỉ tiêu', 'Thực hiện'],
      ['UBND XÃ BẮC LA'],
    ]);
    expect(unitNameFromTitle(form, 2)).toBeNull();
  });

  it('falls back to the file name without folder or extension', () => {
    expect(unitNameFromFile('bao-cao/Xa Tan Thanh.xlsx')).toBe('Xa Tan Thanh');
    expect(unitNameFromFile('C:\\nop\\xa-bac-la.xlsm')).toBe('xa-bac-la');
  });

  it('keys spellings of one unit alike and different units apart', () => {
    expect(unitKey('UBND XÃ TÂN THANH')).toBe(unitKey('Ủy ban nhân dân xã Tân Thanh'));
    expect(unitKey('UBND XÃ TÂN THANH')).toBe(unitKey('Xã Tân Thanh'));
    expect(unitKey('xa-tan-thanh')).toBe(unitKey('Xã Tân Thanh'));
    expect(unitKey('UBND XÃ TÂN THANH')).not.toBe(unitKey('UBND PHƯỜNG TÂN THANH'));
  });
});
