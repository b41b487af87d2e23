import fc from 'fast-check';
import { cellText, codeKey } from '../../../src/core/table/cell-text';

const SPACES = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];

describe('the text of a cell', () => {
  it.each(SPACES.map((s) => [JSON.stringify(s), s]))('trims %s at either edge like String.prototype.trim', (_name, space) => {
    expect(cellText({ value: `${space}Tổng thu${space}` })).toBe('Tổng thu');
    expect(cellText({ value: `Tổng${space}thu` })).toBe(`Tổng${space}thu`);
  });

  it('keeps what is not whitespace at the edges (zero-width space, soft hyphen, U+0085)', () => {
    for (const keep of ['\u200b', '\u00ad', '\u0085', '\u180e']) expect(cellText({ value: `${keep}x${keep}` })).toBe(`${keep}x${keep}`);
  });

  it('equals trim on any text', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...SPACES, '\u200b', '\u0085'), fc.string({ unit: 'binary', maxLength: 3 }))).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (v) => cellText({ value: v }) === v.trim()), { numRuns: 2000 });
  });
});

describe('the key of a code', () => {
  it('keeps a code made only of capitals, digits and . _ - /, and folds any other as before', () => {
    const plain = /^[A-Z0-9._\-/]*$/;
    const fold = (code: string): string => code.normalize('NFC').replace(/\s+/g, '').toUpperCase();
    const char = fc.constantFrom('A', 'Z', 'k', '0', '9', '.', '_', '-', '/', ' ', ':', '@', '[', '`', 'Đ', 'ư', '\u0301');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 8 }).map((cs) => cs.join('')), (code) => {
        expect(codeKey(code)).toBe(plain.test(code) ? code : fold(code));
      }),
      { numRuns: 3000 },
    );
  });
});
