import fc from 'fast-check';
import { decimalFromString, decimalToString } from '../../../src/core/parse/decimal';
import { convertUnit, normalizeUnit } from '../../../src/core/parse/units';

const dec = (s: string) => decimalFromString(s)!;

describe('normalizeUnit', () => {
  it.each([
    ['Tỷ đồng', 'ty dong'],
    ['tỉ đồng', 'ty dong'],
    ['Tỷ VNĐ', 'ty dong'],
    ['tỷ VND', 'ty dong'],
    ['Tỷ đ', 'ty dong'],
    ['Tr.đồng', 'trieu dong'],
    ['Nghìn đồng', 'nghin dong'],
    ['ngàn đồng', 'nghin dong'],
    ['1.000 đồng', 'nghin dong'],
    ['VNĐ', 'dong'],
    ['m²', 'm2'],
    ['M2', 'm2'],
    ['km²', 'km2'],
    ['Km2', 'km2'],
    ['Phần trăm', '%'],
    ['(%)', '%'],
    ['%', '%'],
    ['Triệu đồng / người / năm', 'trieu dong/nguoi/nam'],
    ['triệu đồng/người/năm'.normalize('NFD'), 'trieu dong/nguoi/nam'],
    ['  Hộ  ', 'ho'],
    ['', ''],
  ])('%j → %j', (text, key) => {
    expect(normalizeUnit(text)).toBe(key);
  });
});

describe('convertUnit', () => {
  const conv = (v: string, from: string, to: string) => {
    const r = convertUnit(dec(v), from, to);
    return r.kind === 'converted' ? { kind: r.kind, value: decimalToString(r.value) } : r;
  };

  it.each([
    ['5', 'tỷ đồng', 'Tỉ VNĐ', { kind: 'same' }],
    ['5', '%', 'phần trăm', { kind: 'same' }],
    ['5', 'Hộ', 'hộ', { kind: 'same' }],
    ['5840', 'triệu đồng', 'tỷ đồng', { kind: 'converted', value: '5.84' }],
    ['5,84'.replace(',', '.'), 'tỷ đồng', 'triệu đồng', { kind: 'converted', value: '5840' }],
    ['1', 'nghìn tỷ đồng', 'đồng', { kind: 'converted', value: '1000000000000' }],
    ['120', 'ngàn đồng', 'triệu đồng', { kind: 'converted', value: '0.12' }],
    ['2', 'ha', 'm²', { kind: 'converted', value: '20000' }],
    ['3', 'km²', 'ha', { kind: 'converted', value: '300' }],
    ['0.5', 'km2', 'm2', { kind: 'converted', value: '500000' }],
    ['1500', 'm', 'km', { kind: 'converted', value: '1.5' }],
    ['65', 'triệu đồng/người/năm', 'nghìn đồng/người/năm', { kind: 'converted', value: '65000' }],
    ['65', 'triệu đồng/người', 'triệu đồng', { kind: 'incompatible' }],
    ['65', 'triệu đồng/người/năm', 'triệu đồng/người', { kind: 'incompatible' }],
    ['5', 'ha', 'km', { kind: 'incompatible' }],
    ['5', '%', 'triệu đồng', { kind: 'incompatible' }],
    ['5', 'hộ', 'người', { kind: 'incompatible' }],
    ['5', 'triệu USD', 'triệu đồng', { kind: 'incompatible' }],
  ])('%s %j → %j', (v, from, to, out) => {
    expect(conv(v, from, to)).toEqual(out);
  });

  it('round-trips exactly within a family', () => {
    const units = ['đồng', 'nghìn đồng', 'triệu đồng', 'tỷ đồng', 'nghìn tỷ đồng'];
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.nat(6), fc.constantFrom(...units), fc.constantFrom(...units), (coef, scale, a, b) => {
        const v = { coef, scale };
        const there = convertUnit(v, a, b);
        const mid = there.kind === 'converted' ? there.value : v;
        const back = convertUnit(mid, b, a);
        const end = back.kind === 'converted' ? back.value : mid;
        expect(decimalToString(end)).toBe(decimalToString(v));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(['same', 'converted', 'incompatible']).toContain(convertUnit(dec('1'), a, b).kind);
      }),
      { numRuns: 1000 },
    );
  });
});
