/**
 * Low-level scanner for numbers written in text in either convention (5.840,25 · 5,840.25 ·
 * 5 840 · 12,05 · .5), used by the number, value and target parsers.
 */
import type { Decimal, NumberStyle } from '../model/model';
import { shiftDecimal } from './decimal';

/** One number found in a text, with its position and digit groups. */
export interface NumberToken {
  /** Index of the first character, the sign included. */
  readonly start: number;
  /** Index just past the last character, the exponent included. */
  readonly end: number;
  readonly negative: boolean;
  /** Digit groups between separators; the first is '' for ".5". */
  readonly groups: readonly string[];
  /** Separator characters between groups: '.', ',' or ' ' (any space-like character). */
  readonly seps: readonly string[];
  readonly exponent: number;
}

/** A token read as a decimal, with whether the number style decided it. */
export interface TokenValue {
  readonly value: Decimal;
  readonly ambiguous: boolean;
}

/** True for '-', '+' or the minus sign U+2212. */
function isSignCode(c: number): boolean {
  return c === 45 || c === 43 || c === 0x2212;
}
const LETTER = /\p{L}/u;

/** True for an ASCII digit at index i. */
function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** True when the character at index i is a letter (any script). */
function isLetter(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && LETTER.test(s[i]);
}

/** Index past a run of digits starting at i. */
function digitsEnd(s: string, i: number): number {
  while (i < s.length && isDigit(s, i)) i++;
  return i;
}

/** True for a space-like thousands separator code (space, NBSP, thin and figure spaces). */
function isSpaceSep(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

/** Reads the token whose first digit (or leading separator) is at `from`. */
function readToken(s: string, from: number): NumberToken {
  const groups: string[] = [];
  const seps: string[] = [];
  let i = from;
  if (!isDigit(s, i)) {
    groups.push('');
    seps.push(s[i]);
    i++;
  }
  let j = digitsEnd(s, i);
  groups.push(s.slice(i, j));
  i = j;
  let onlySpaces = seps.length === 0;
  for (;;) {
    const c = s.charCodeAt(i);
    if ((c === 46 || c === 44) && isDigit(s, i + 1)) {
      j = digitsEnd(s, i + 1);
      seps.push(c === 46 ? '.' : ',');
      onlySpaces = false;
    } else if (isSpaceSep(c) && onlySpaces && groups[0].length <= 3 && digitsEnd(s, i + 1) === i + 4) {
      j = i + 4;
      seps.push(' ');
    } else break;
    groups.push(s.slice(i + 1, j));
    i = j;
  }
  let exponent = 0;
  const ec = s.charCodeAt(i);
  if (ec === 101 || ec === 69) {
    const signCode = s.charCodeAt(i + 1);
    const k = isSignCode(signCode) ? i + 2 : i + 1;
    const e = digitsEnd(s, k);
    if (e > k && e - k <= 3 && !isLetter(s, e)) {
      exponent = Number(s.slice(k, e));
      if (signCode === 45 || signCode === 0x2212) exponent = -exponent;
      i = e;
    }
  }
  let start = from;
  let negative = false;
  const sign = from > 0 ? s.charCodeAt(from - 1) : 0;
  if (isSignCode(sign)) {
    const before = from > 1 ? s.charCodeAt(from - 2) : 32;
    if (!isDigit(s, from - 2) && before !== 46 && before !== 44 && !isLetter(s, from - 2)) {
      start = from - 1;
      negative = sign !== 43;
    }
  }
  return { start, end: i, negative, groups, seps, exponent };
}

/** Every number in a text, skipping digits glued to a preceding letter ("m2", "KT01", "CO2"). */
export function scanNumbers(s: string): NumberToken[] {
  const out: NumberToken[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    const startsNumber = isDigit(s, i) || ((c === '.' || c === ',') && isDigit(s, i + 1) && !isDigit(s, i - 1));
    if (!startsNumber) {
      i++;
    } else if (isLetter(s, i - 1)) {
      i = digitsEnd(s, i + 1);
    } else {
      const tok = readToken(s, i);
      out.push(tok);
      i = tok.end;
    }
  }
  return out;
}

/** Which separator index is the decimal point (-1: none) and whether the style decided it; undefined if unreadable. */
function decimalIndex(tok: NumberToken, style: NumberStyle): { index: number; ambiguous: boolean } | undefined {
  const { groups, seps } = tok;
  if (seps.length === 0) return { index: -1, ambiguous: false };
  if (groups[0] === '') return seps.length === 1 ? { index: 0, ambiguous: false } : undefined;
  let last = -1;
  let kinds = 0;
  for (let k = 0; k < seps.length; k++) {
    if (seps[k] === ' ') continue;
    if (last >= 0 && seps[k] !== seps[last]) kinds = 2;
    else if (kinds === 0) kinds = 1;
    last = k;
  }
  if (last < 0) return { index: -1, ambiguous: false };
  const nonSpace = seps.filter((x) => x !== ' ').length;
  if (kinds === 2 || (nonSpace === 1 && seps.length > 1)) {
    return last === seps.length - 1 ? { index: last, ambiguous: false } : undefined;
  }
  if (nonSpace >= 2) return { index: -1, ambiguous: false };
  const [g0, g1] = groups;
  if (g1.length === 3 && g0.length <= 3 && g0[0] !== '0') {
    const thousands = (style === 'vi') === (seps[0] === '.');
    return { index: thousands ? -1 : 0, ambiguous: true };
  }
  return { index: 0, ambiguous: false };
}

/** Reads a scanned token as an exact decimal under a number style; undefined when its grouping is invalid. */
export function tokenValue(tok: NumberToken, style: NumberStyle): TokenValue | undefined {
  const d = decimalIndex(tok, style);
  if (!d) return undefined;
  const { groups, seps } = tok;
  const intGroups = d.index < 0 ? groups.length : d.index + 1;
  if (intGroups > 1) {
    const thousandsChar = seps[0];
    if (groups[0].length < 1 || groups[0].length > 3) return undefined;
    for (let k = 1; k < intGroups; k++) {
      if (groups[k].length !== 3 || seps[k - 1] !== thousandsChar) return undefined;
    }
  }
  const intDigits = intGroups === 1 ? groups[0] : groups.slice(0, intGroups).join('');
  const frac = d.index < 0 ? '' : groups[d.index + 1];
  const digits = (intDigits || '0') + frac;
  const coef = digits.length <= 15 ? BigInt(Number(digits)) : BigInt(digits);
  const value = shiftDecimal({ coef: tok.negative ? -coef : coef, scale: frac.length }, tok.exponent);
  return { value, ambiguous: d.ambiguous };
}
