import fc from 'fast-check';
import type { NumberStyle } from '../../../src/core/model/model';
import { decimalToString } from '../../../src/core/parse/decimal';
import { parseNumberText } from '../../../src/core/parse/number';

const read = (text: string, style: NumberStyle = 'vi') => {
  const r = parseNumberText(text, style);
  return r && { value: decimalToString(r.value), ambiguous: r.ambiguous, comparator: r.comparator };
};

describe('parseNumberText', () => {
  it.each<[string, NumberStyle, string, boolean]>([
    ['5.840,25', 'vi', '5840.25', false],
    ['5.840,25', 'en', '5840.25', false],
    ['5,840.25', 'vi', '5840.25', false],
    ['12,05', 'vi', '12.05', false],
    ['12.05', 'vi', '12.05', false],
    ['5.840', 'vi', '5840', true],
    ['5.840', 'en', '5.84', true],
    ['1,234', 'vi', '1.234', true],
    ['1,234', 'en', '1234', true],
    ['12.500', 'vi', '12500', true],
    ['276.3', 'vi', '276.3', false],
    ['276,3', 'en', '276.3', false],
    ['0,500', 'vi', '0.5', false],
    ['1234.567', 'vi', '1234.567', false],
    ['1.234.567', 'en', '1234567', false],
    ['1,234,567', 'vi', '1234567', false],
    ['1.234.567,5', 'vi', '1234567.5', false],
    ['5 840', 'vi', '5840', false],
    ['5\u00a0840,25', 'vi', '5840.25', false],
    ['1 234 567', 'en', '1234567', false],
    ['-5', 'vi', '-5', false],
    ['+3,5', 'vi', '3.5', false],
    ['\u22124', 'vi', '-4', false],
    ['.5', 'vi', '0.5', false],
    ['1E-07', 'vi', '0.0000001', false],
    ['138,8%', 'vi', '138.8', false],
    ['đạt 138,8%', 'vi', '138.8', false],
    ['12,5 %', 'vi', '12.5', false],
    ['~12%', 'vi', '12', false],
    ['khoảng 4', 'vi', '4', false],
    ['  42  ', 'vi', '42', false],
    ['500 m2', 'vi', '500', false],
    ['3,2 km²', 'vi', '3.2', false],
    ['12 triệu đồng/người/năm', 'vi', '12', false],
  ])('%j (%s) → %s', (text, style, value, ambiguous) => {
    expect(read(text, style)).toEqual({ value, ambiguous, comparator: undefined });
  });

  it.each<[string, 'ge' | 'le', string]>([
    ['≥ 90', 'ge', '90'],
    ['>=90', 'ge', '90'],
    ['> 90%', 'ge', '90'],
    ['trên 500 tỷ đồng', 'ge', '500'],
    ['Trên 500 tỷ đồng'.normalize('NFD'), 'ge', '500'],
    ['từ 90 trở lên', 'ge', '90'],
    ['tối thiểu 90', 'ge', '90'],
    ['ít nhất 90', 'ge', '90'],
    ['không dưới 90', 'ge', '90'],
    ['≤ 1,5', 'le', '1.5'],
    ['<=1,5', 'le', '1.5'],
    ['< 1,5', 'le', '1.5'],
    ['dưới 1,5%', 'le', '1.5'],
    ['không quá 1,5', 'le', '1.5'],
    ['tối đa 1,5', 'le', '1.5'],
    ['giảm còn 1,5', 'le', '1.5'],
    ['không vượt quá 1,5', 'le', '1.5'],
    ['at least 90', 'ge', '90'],
  ])('%j has comparator %s', (text, comparator, value) => {
    expect(read(text)).toEqual({ value, ambiguous: false, comparator });
  });

  it.each([
    '',
    'abc',
    'Hoàn thành',
    '10-11',
    '47/107',
    '12/05/2024',
    'KT01',
    'Năm 2024 đạt 12',
    'Không có số liệu do 2 xã chưa báo cáo',
    '1.2.3',
    '1,2.5',
    '1.234,567.8',
    '12.5.2024',
    'a,5',
    'm.5 x,5',
  ])('%j is not one number', (text) => {
    expect(parseNumberText(text, 'vi')).toBeUndefined();
  });

  it('terminates on separators glued to letters', () => {
    expect(parseNumberText('giá,5 ha.7 m2', 'vi')).toBeUndefined();
    expect(decimalToString(parseNumberText('đạt,5', 'vi')?.value ?? { coef: 0n, scale: 0 })).toBe('0');
  });

  it('never throws and is style-independent for unambiguous values', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom<NumberStyle>('vi', 'en'), (s, style) => {
        const r = parseNumberText(s, style);
        if (r && !r.ambiguous) {
          const other = parseNumberText(s, style === 'vi' ? 'en' : 'vi');
          expect(other && decimalToString(other.value)).toBe(decimalToString(r.value));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads formatted numbers back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const abs = Math.abs(int).toLocaleString('en-US');
        const sign = int < 0 ? '-' : '';
        const frac = String(cents).padStart(2, '0');
        const expected = decimalToString({ coef: BigInt(int) * 100n + (int < 0 ? -1n : 1n) * BigInt(cents), scale: 2 });
        expect(decimalToString(parseNumberText(`${sign}${abs}.${frac}`, 'en')!.value)).toBe(expected);
        expect(decimalToString(parseNumberText(`${sign}${abs.replace(/,/g, '.')},${frac}`, 'vi')!.value)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
