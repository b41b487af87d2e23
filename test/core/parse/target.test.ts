import fc from 'fast-check';
import type { CellValue, RawCell, Target } from '../../../src/core/model/model';
import { compareDecimal, decimalToString } from '../../../src/core/parse/decimal';
import type { TargetParse } from '../../../src/core/parse/target';
import { parseTarget } from '../../../src/core/parse/target';

const showTarget = (t: Target): unknown => {
  switch (t.kind) {
    case 'range':
      return { kind: 'range', min: decimalToString(t.min), max: decimalToString(t.max) };
    case 'milestone':
      return t;
    case 'relative':
      return { kind: 'relative', change: t.change, amount: decimalToString(t.amount), points: t.points };
    default:
      return { kind: t.kind, value: decimalToString(t.value) };
  }
};
const show = (p: TargetParse): unknown => (p.ok ? { ...p, target: showTarget(p.target) } : p);
const read = (value: CellValue, numFmt?: string, style: 'vi' | 'en' = 'vi') =>
  show(parseTarget(numFmt === undefined ? { value } : { value, numFmt }, style));

describe('parseTarget', () => {
  it.each<[CellValue, unknown]>([
    ['15,8', { ok: true, target: { kind: 'point', value: '15.8' } }],
    ['4.500', { ok: true, target: { kind: 'point', value: '4500' }, ambiguous: true }],
    ['khoảng 4', { ok: true, target: { kind: 'point', value: '4' } }],
    ['-5', { ok: true, target: { kind: 'point', value: '-5' } }],
    [16.6, { ok: true, target: { kind: 'point', value: '16.6' } }],
    ['≥ 90', { ok: true, target: { kind: 'floor', value: '90' }, comparatorDirection: 'increase' }],
    ['trên 90', { ok: true, target: { kind: 'floor', value: '90' }, comparatorDirection: 'increase' }],
    ['từ 90 trở lên', { ok: true, target: { kind: 'floor', value: '90' }, comparatorDirection: 'increase' }],
    ['Từ 90% trở lên'.normalize('NFD'), { ok: true, target: { kind: 'floor', value: '90' }, comparatorDirection: 'increase' }],
    ['tối thiểu 90', { ok: true, target: { kind: 'floor', value: '90' }, comparatorDirection: 'increase' }],
    ['ít nhất 90', { ok: true, target: { kind: 'floor', value: '90' }, comparatorDirection: 'increase' }],
    ['> 90', { ok: true, target: { kind: 'floor', value: '90' }, comparatorDirection: 'increase' }],
    ['≤ 1,5', { ok: true, target: { kind: 'ceiling', value: '1.5' }, comparatorDirection: 'decrease' }],
    ['dưới 1,5', { ok: true, target: { kind: 'ceiling', value: '1.5' }, comparatorDirection: 'decrease' }],
    ['không quá 1,5', { ok: true, target: { kind: 'ceiling', value: '1.5' }, comparatorDirection: 'decrease' }],
    ['tối đa 1,5', { ok: true, target: { kind: 'ceiling', value: '1.5' }, comparatorDirection: 'decrease' }],
    ['giảm còn 1,5%', { ok: true, target: { kind: 'ceiling', value: '1.5' }, comparatorDirection: 'decrease' }],
    ['giảm xuống 1,5', { ok: true, target: { kind: 'ceiling', value: '1.5' }, comparatorDirection: 'decrease' }],
    ['10-11', { ok: true, target: { kind: 'range', min: '10', max: '11' } }],
    ['10 – 11', { ok: true, target: { kind: 'range', min: '10', max: '11' } }],
    ['10 — 11', { ok: true, target: { kind: 'range', min: '10', max: '11' } }],
    ['10 - 11', { ok: true, target: { kind: 'range', min: '10', max: '11' } }],
    ['10 -11', { ok: true, target: { kind: 'range', min: '10', max: '11' } }],
    ['từ 10 đến 11', { ok: true, target: { kind: 'range', min: '10', max: '11' } }],
    ['10 đến 11', { ok: true, target: { kind: 'range', min: '10', max: '11' } }],
    ['10 ~ 11', { ok: true, target: { kind: 'range', min: '10', max: '11' } }],
    ['10-11%', { ok: true, target: { kind: 'range', min: '10', max: '11' } }],
    ['10%-11%', { ok: true, target: { kind: 'range', min: '10', max: '11' } }],
    ['7,5 - 8', { ok: true, target: { kind: 'range', min: '7.5', max: '8' } }],
    ['11-10', { ok: true, target: { kind: 'range', min: '10', max: '11' } }],
    ['-5-3', { ok: true, target: { kind: 'range', min: '-5', max: '3' } }],
    ['10-10', { ok: true, target: { kind: 'point', value: '10' } }],
    ['Hoàn thành', { ok: true, target: { kind: 'milestone' } }],
    ['Đạt', { ok: true, target: { kind: 'milestone' } }],
    ['Có', { ok: true, target: { kind: 'milestone' } }],
    ['Xong', { ok: true, target: { kind: 'milestone' } }],
    ['Done', { ok: true, target: { kind: 'milestone' } }],
    [true, { ok: true, target: { kind: 'milestone' } }],
    ['', { ok: false, reason: 'blank' }],
    [null, { ok: false, reason: 'blank' }],
    ['-', { ok: false, reason: 'blank' }],
    ['…', { ok: false, reason: 'blank' }],
    [{ error: '#N/A' }, { ok: false, reason: 'error', errorCode: '#N/A' }],
    ['#DIV/0!', { ok: false, reason: 'error', errorCode: '#DIV/0!' }],
    ['47/107', { ok: false, reason: 'unreadable' }],
    ['Chưa hoàn thành', { ok: false, reason: 'unreadable' }],
    ['tăng trưởng mạnh', { ok: false, reason: 'unreadable' }],
    ['10 và 11', { ok: false, reason: 'unreadable' }],
    ['trên 10 - 11', { ok: false, reason: 'unreadable' }],
    [false, { ok: false, reason: 'unreadable' }],
  ])('%j', (value, expected) => {
    expect(read(value)).toEqual(expected);
  });

  it('reads percent cells ×100 and the ambiguous case by style', () => {
    expect(read(0.9, '0%')).toEqual({ ok: true, target: { kind: 'point', value: '90' } });
    expect(read('4.500', undefined, 'en')).toEqual({ ok: true, target: { kind: 'point', value: '4.5' }, ambiguous: true });
    expect(read('1.000 - 2.000')).toEqual({ ok: true, target: { kind: 'range', min: '1000', max: '2000' }, ambiguous: true });
    expect(read('≥ 1.500')).toEqual({ ok: true, target: { kind: 'floor', value: '1500' }, comparatorDirection: 'increase', ambiguous: true });
  });

  it('treats undefined as blank', () => {
    expect(parseTarget(undefined, 'vi')).toEqual({ ok: false, reason: 'blank' });
  });

  it('never throws on any cell', () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom(...'0123456789.,-–—~/ %≥≤<>đếntừtrởlêndưới') }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.record({ error: fc.string() }),
    );
    fc.assert(
      fc.property(fc.option(fc.record({ value }), { nil: undefined }), fc.constantFrom<'vi' | 'en'>('vi', 'en'), (c, style) => {
        const r = parseTarget(c as RawCell | undefined, style);
        if (r.ok && r.target.kind === 'range') expect(compareDecimal(r.target.min, r.target.max)).toBe(-1);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });
});
