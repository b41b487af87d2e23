/**
 * Text normalisation shared by the parsers: folding for tolerant word matching (no diacritics,
 * no case, single spaces) and name normalisation for exact indicator-name matching.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const WHITESPACE = /[\s\u200b]+/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const D_STROKE = /[đĐ]/g;
const PARENS = /\([^()]*\)/g;
const SQUARE = /\[[^[\]]*\]/g;

/** True for a character code that WHITESPACE matches (cheap pre-check). */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** True when the text has whitespace other than single plain spaces between other characters. */
function needsCollapse(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (!isSpaceCode(c)) continue;
    if (c !== 32 || i === 0 || i === last || s.charCodeAt(i + 1) === 32) return true;
  }
  return false;
}

/** Collapses every run of whitespace (line breaks, NBSP, zero-width space…) to one space and trims. */
export function collapseSpaces(s: string): string {
  return needsCollapse(s) ? s.replace(WHITESPACE, ' ').trim() : s;
}

/**
 * Folds text for tolerant matching: decomposes (NFD), strips combining marks, maps đ/Đ to d,
 * lower-cases and collapses whitespace ("Đánh  giá\n" → "danh gia").
 */
export const foldText: (s: string) => string = memoizeString((s: string): string => {
  if (PRINTABLE_ASCII.test(s)) return collapseSpaces(s.toLowerCase());
  const stripped = s.normalize('NFD').replace(COMBINING_MARKS, '').replace(D_STROKE, 'd');
  return collapseSpaces(stripped.toLowerCase());
});

/** Combining marks that NFD text carries and NFC composes (Vietnamese tones and vowel marks among them). */
// eslint-disable-next-line no-misleading-character-class -- the class lists bare combining marks on purpose.
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/** NFC form of a text; composed text is returned as it is (normalize would copy it). */
export function toNfc(s: string): string {
  return COMBINING.test(s) ? s.normalize('NFC') : s;
}

/**
 * Normalises a name for exact matching: NFC, lower case, whitespace collapsed; diacritics kept.
 * (Vietnamese has no locale-specific case mappings, so the plain lower-casing is the Vietnamese one.)
 */
export function normalizeName(s: string): string {
  return collapseSpaces(toNfc(s).toLowerCase());
}

/** Removes bracketed notes such as "(%)" or "[1]" (nested ones too) and collapses the remaining spaces. */
export function stripBracketed(s: string): string {
  let out = s;
  for (let i = 0; i < 8; i++) {
    const next = out.replace(PARENS, ' ').replace(SQUARE, ' ');
    if (next === out) break;
    out = next;
  }
  return collapseSpaces(out);
}

/** A bounded memo for pure string functions, cleared wholesale when it grows past `limit` entries. */
export function memoizeString<T>(fn: (s: string) => T, limit = 4096): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const value = fn(s);
    if (cache.size >= limit) cache.clear();
    cache.set(s, value);
    return value;
  };
}
