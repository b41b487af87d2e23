import fc from 'fast-check';
import type { CellValue, ParsedValue, RawCell } from '../../../src/core/model/model';
import { decimalToString } from '../../../src/core/parse/decimal';
import { isPercentFormat, parseCellValue, parseFractionText } from '../../../src/core/parse/value';

/** A ParsedValue with decimals printed, for readable expectations. */
const show = (p: ParsedValue): unknown => {
  switch (p.kind) {
    case 'number':
      return { ...p, value: decimalToString(p.value) };
    case 'fraction':
      return { kind: 'fraction', numerator: decimalToString(p.numerator), denominator: decimalToString(p.denominator) };
    default:
      return p;
  }
};
const cell = (value: CellValue, numFmt?: string): RawCell => (numFmt === undefined ? { value } : { value, numFmt });
const read = (value: CellValue, numFmt?: string) => show(parseCellValue(cell(value, numFmt), 'vi'));

describe('parseCellValue', () => {
  it('reads numeric cells exactly', () => {
    expect(read(11.62)).toEqual({ kind: 'number', value: '11.62', ambiguous: false, percentCell: false });
    expect(read(5840, '#,##0')).toEqual({ kind: 'number', value: '5840', ambiguous: false, percentCell: false });
    expect(read(0.1205, '0.00%')).toEqual({ kind: 'number', value: '12.05', ambiguous: false, percentCell: true });
    expect(read(0.7, '0%')).toEqual({ kind: 'number', value: '70', ambiguous: false, percentCell: true });
    expect(read(0.5, '0.0"%"')).toEqual({ kind: 'number', value: '0.5', ambiguous: false, percentCell: false });
    expect(read(Infinity)).toEqual({ kind: 'error', code: '#NUM!' });
  });

  it.each<[CellValue | undefined, unknown]>([
    [undefined, { kind: 'blank' }],
    [null, { kind: 'blank' }],
    ['', { kind: 'blank' }],
    ['   ', { kind: 'blank' }],
    ['-', { kind: 'blank' }],
    ['–', { kind: 'blank' }],
    ['—', { kind: 'blank' }],
    ['…', { kind: 'blank' }],
    ['...', { kind: 'blank' }],
    [' \n ', { kind: 'blank' }],
    [true, { kind: 'milestone', done: true }],
    [false, { kind: 'milestone', done: false }],
    [{ error: '#DIV/0!' }, { kind: 'error', code: '#DIV/0!' }],
    ['#N/A', { kind: 'error', code: '#N/A' }],
    [' #value! ', { kind: 'error', code: '#VALUE!' }],
    ['#REF!', { kind: 'error', code: '#REF!' }],
    ['#NAME?', { kind: 'error', code: '#NAME?' }],
    ['#NUM!', { kind: 'error', code: '#NUM!' }],
    ['#NULL!', { kind: 'error', code: '#NULL!' }],
    ['#SPILL!', { kind: 'error', code: '#SPILL!' }],
    ['#CALC!', { kind: 'error', code: '#CALC!' }],
    ['#GETTING_DATA', { kind: 'error', code: '#GETTING_DATA' }],
    ['47/107', { kind: 'fraction', numerator: '47', denominator: '107' }],
    ['355/500', { kind: 'fraction', numerator: '355', denominator: '500' }],
    ['03/26', { kind: 'fraction', numerator: '3', denominator: '26' }],
    ['47 / 107', { kind: 'fraction', numerator: '47', denominator: '107' }],
    ['47/107 xã', { kind: 'fraction', numerator: '47', denominator: '107' }],
    ['Hoàn thành', { kind: 'milestone', done: true }],
    ['Hoàn thành'.normalize('NFD'), { kind: 'milestone', done: true }],
    ['  ĐẠT ', { kind: 'milestone', done: true }],
    ['Có', { kind: 'milestone', done: true }],
    ['Xong', { kind: 'milestone', done: true }],
    ['Done', { kind: 'milestone', done: true }],
    ['Completed', { kind: 'milestone', done: true }],
    ['Yes', { kind: 'milestone', done: true }],
    ['Đã hoàn thành.', { kind: 'milestone', done: true }],
    ['Chưa hoàn thành', { kind: 'milestone', done: false }],
    ['Chưa', { kind: 'milestone', done: false }],
    ['Không', { kind: 'milestone', done: false }],
    ['Không đạt', { kind: 'milestone', done: false }],
    ['Chưa đạt'.normalize('NFD'), { kind: 'milestone', done: false }],
    ['Not done', { kind: 'milestone', done: false }],
    ['No', { kind: 'milestone', done: false }],
    ['138,8%', { kind: 'number', value: '138.8', ambiguous: false, percentCell: false }],
    ['5.840,25', { kind: 'number', value: '5840.25', ambiguous: false, percentCell: false }],
    ['1.234', { kind: 'number', value: '1234', ambiguous: true, percentCell: false }],
    ['trên 500 tỷ đồng', { kind: 'number', value: '500', ambiguous: false, percentCell: false, comparator: 'ge' }],
    ['đang triển khai', { kind: 'text', text: 'đang triển khai' }],
    ['12/05/2024', { kind: 'text', text: '12/05/2024' }],
    ['10-11', { kind: 'text', text: '10-11' }],
  ])('%j', (value, expected) => {
    expect(show(parseCellValue(value === undefined ? undefined : cell(value), 'vi'))).toEqual(expected);
  });

  it('reads the ambiguous case by the number style', () => {
    expect(show(parseCellValue(cell('1.234'), 'en'))).toEqual({ kind: 'number', value: '1.234', ambiguous: true, percentCell: false });
    expect(show(parseCellValue(cell('1,234'), 'en'))).toEqual({ kind: 'number', value: '1234', ambiguous: true, percentCell: false });
  });

  it('never throws on any cell', () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom(...'0123456789.,-–/ %≥≤<>đĐHoàn thànhtrên#!') }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.record({ error: fc.string() }),
    );
    const raw = fc.record({ value, numFmt: fc.option(fc.constantFrom('0.00%', '#,##0', '0%"x"', '[Red]0%', 'General'), { nil: undefined }) });
    fc.assert(
      fc.property(fc.option(raw, { nil: undefined }), fc.constantFrom<'vi' | 'en'>('vi', 'en'), (c, style) => {
        const p = parseCellValue(c as RawCell | undefined, style);
        expect(typeof p.kind).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it('reads NFD text like NFC text', () => {
    fc.assert(
      fc.property(fc.constantFrom('Hoàn thành', 'Chưa đạt', 'trên 500 tỷ đồng', 'giảm còn 1,5', 'đạt 138,8%', 'Không'), (s) => {
        expect(show(parseCellValue(cell(s.normalize('NFD')), 'vi'))).toEqual(show(parseCellValue(cell(s), 'vi')));
      }),
      { numRuns: 50 },
    );
  });
});

describe('helpers', () => {
  it.each([
    ['0.00%', true],
    ['0%', true],
    ['#,##0.0 %', true],
    ['0.0"%"', false],
    ['0.0\\%', false],
    ['[$%-409]0', false],
    [undefined, false],
    ['General', false],
  ])('isPercentFormat(%j) = %p', (fmt, out) => {
    expect(isPercentFormat(fmt)).toBe(out);
  });

  it('refuses negative or padded fractions', () => {
    expect(parseFractionText('-1/2', 'vi')).toBeUndefined();
    expect(parseFractionText('Năm 1/2', 'vi')).toBeUndefined();
    expect(parseFractionText('trên 1/2', 'vi')).toBeUndefined();
  });
});
