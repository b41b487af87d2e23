import fc from 'fast-check';
import { collapseSpaces, foldText, memoizeString, normalizeName, stripBracketed } from '../../../src/core/text/normalize';

describe('foldText', () => {
  it.each([
    ['Đánh giá điều chỉnh', 'danh gia dieu chinh'],
    ['Đánh giá điều chỉnh'.normalize('NFD'), 'danh gia dieu chinh'],
    ['  Thực\nhiện\u00a0 2023 ', 'thuc hien 2023'],
    ['ĐƠN VỊ TÍNH', 'don vi tinh'],
    ['Tỷ lệ (%)', 'ty le (%)'],
    ['STT', 'stt'],
    ['', ''],
  ])('%j → %j', (input, out) => {
    expect(foldText(input)).toBe(out);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => foldText(foldText(s)) === foldText(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldText(foldText(s)) === foldText(s)), { numRuns: 2000 });
  });

  it('treats NFC and NFD alike', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => foldText(s.normalize('NFD')) === foldText(s.normalize('NFC'))), {
      numRuns: 1000,
    });
  });
});

describe('normalizeName', () => {
  it('keeps diacritics, lowers case, collapses spaces', () => {
    expect(normalizeName('  Tốc độ  TĂNG trưởng\nGRDP ')).toBe('tốc độ tăng trưởng grdp');
    expect(normalizeName('Tốc độ tăng trưởng'.normalize('NFD'))).toBe(normalizeName('Tốc độ tăng trưởng'));
    expect(normalizeName('Tỷ lệ')).not.toBe(normalizeName('Tỉ lệ'));
  });
});

describe('stripBracketed', () => {
  it.each([
    ['Tỷ lệ (%)', 'Tỷ lệ'],
    ['Thực hiện [1] 2023', 'Thực hiện 2023'],
    ['Kế hoạch (năm (2025))', 'Kế hoạch'],
    ['Không có ngoặc', 'Không có ngoặc'],
    ['Mở ( không đóng', 'Mở ( không đóng'],
  ])('%j → %j', (input, out) => {
    expect(stripBracketed(input)).toBe(out);
  });
});

describe('helpers', () => {
  it('collapses spaces', () => {
    expect(collapseSpaces('\ta \u200b b\r\n')).toBe('a b');
  });

  it('memoizes', () => {
    let calls = 0;
    const f = memoizeString((s) => {
      calls++;
      return s.length === 0 ? undefined : s.length;
    }, 2);
    expect([f('a'), f('a'), f(''), f(''), f('bb'), f('a')]).toEqual([1, 1, undefined, undefined, 2, 1]);
    expect(calls).toBe(4);
  });
});
