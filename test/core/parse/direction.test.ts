import fc from 'fast-check';
import type { CellValue } from '../../../src/core/model/model';
import { parseDirection } from '../../../src/core/parse/direction';

describe('parseDirection', () => {
  it.each<[CellValue | undefined, string]>([
    ['Tăng', 'increase'],
    ['TĂNG'.normalize('NFD'), 'increase'],
    ['↑', 'increase'],
    ['increase', 'increase'],
    ['Up', 'increase'],
    ['+', 'increase'],
    ['Cao hơn tốt hơn', 'increase'],
    ['Càng cao càng tốt', 'increase'],
    ['Chỉ tiêu thuận', 'increase'],
    ['Giảm', 'decrease'],
    [' giảm. ', 'decrease'],
    ['↓', 'decrease'],
    ['decrease', 'decrease'],
    ['down', 'decrease'],
    ['Thấp hơn tốt hơn', 'decrease'],
    ['Càng thấp càng tốt', 'decrease'],
    ['Nghịch', 'decrease'],
    ['Tăng (↑)', 'increase'],
    ['Giảm (thấp hơn tốt hơn)', 'decrease'],
    [undefined, 'blank'],
    [null, 'blank'],
    ['', 'blank'],
    ['  ', 'blank'],
    ['-', 'blank'],
    ['–', 'blank'],
    ['Ổn định', 'invalid'],
    ['tăng nhanh', 'invalid'],
    [1, 'invalid'],
    [true, 'invalid'],
    [{ error: '#N/A' }, 'invalid'],
  ])('%j → %s', (value, out) => {
    expect(parseDirection(value)).toBe(out);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.boolean(), fc.constant(null)), (v) => {
        expect(['increase', 'decrease', 'blank', 'invalid']).toContain(parseDirection(v));
      }),
      { numRuns: 1000 },
    );
  });
});
