import fc from 'fast-check';
import { isPlainNumber } from '../../../src/core/render/plain-number';

const PLAIN_NUMBER = /^\s*-?\d[\d.,\s]*$/;

describe('isPlainNumber', () => {
  it('accepts what the plain-number pattern matches, and nothing else', () => {
    const char = fc.constantFrom('0', '7', '9', '.', ',', '-', ' ', '\u00a0', '\t', '\n', '\u3000', 'a', '%', '≥', '/', '+');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 10 }).map((cs) => cs.join('')), (text) => {
        expect(isPlainNumber(text)).toBe(PLAIN_NUMBER.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads typical target texts', () => {
    expect(['1.200', '61,5', ' 4500 ', '-3', '1 200,5'].map(isPlainNumber)).toEqual([true, true, true, true, true]);
    expect(['≥ 95', 'giảm còn 1,5', '', '-', '.5', '10%', 'Hoàn thành'].map(isPlainNumber)).toEqual([false, false, false, false, false, false, false]);
  });
});
