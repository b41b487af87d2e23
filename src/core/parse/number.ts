/**
 * Reads one number typed as text in either convention, tolerating surrounding words and units
 * ("trên 500 tỷ đồng", "~12%", "đạt 138,8%") and reporting a leading comparator (≥, dưới …).
 */
import type { Comparator, Decimal, NumberStyle } from '../model/model';
import { foldText, memoizeString } from '../text/normalize';
import type { NumberToken } from './number-scan';
import { scanNumbers, tokenValue } from './number-scan';

/** A number read from text. */
export interface NumberText {
  readonly value: Decimal;
  /** True when a `1.234`-style text was resolved by the number style. */
  readonly ambiguous: boolean;
  readonly comparator?: Comparator;
}

/** Comparator phrases (folded) that may stand before the number. */
const PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['khong vuot qua', 'le'], ['khong qua', 'le'], ['khong lon hon', 'le'], ['khong cao hon', 'le'],
  ['toi da', 'le'], ['giam con', 'le'], ['giam xuong', 'le'], ['giam xuong con', 'le'], ['duoi', 'le'],
  ['thap hon', 'le'], ['nho hon', 'le'], ['at most', 'le'], ['no more than', 'le'], ['maximum', 'le'],
  ['max', 'le'], ['below', 'le'], ['under', 'le'], ['less than', 'le'], ['up to', 'le'],
  ['khong duoi', 'ge'], ['khong thap hon', 'ge'], ['khong it hon', 'ge'], ['khong nho hon', 'ge'],
  ['toi thieu', 'ge'], ['it nhat', 'ge'], ['tren', 'ge'], ['cao hon', 'ge'], ['lon hon', 'ge'],
  ['at least', 'ge'], ['no less than', 'ge'], ['not less than', 'ge'], ['minimum', 'ge'], ['min', 'ge'],
  ['over', 'ge'], ['above', 'ge'], ['more than', 'ge'],
];

/** Comparator phrases that may follow the number ("90 trở lên"). */
const SUFFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['tro len', 'ge'], ['tro xuong', 'le'], ['or more', 'ge'], ['or above', 'ge'], ['or less', 'le'], ['or below', 'le'],
];

/** Symbols before the number, longest first. */
const SYMBOL_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['>=', 'ge'], ['=>', 'ge'], ['≥', 'ge'], ['⩾', 'ge'], ['<=', 'le'], ['=<', 'le'], ['≤', 'le'], ['⩽', 'le'],
  ['>', 'ge'], ['<', 'le'],
];

/** Words that may stand before a number besides comparator words (fillers such as "khoảng", "đạt"). */
const PREFIX_FILLERS: readonly string[] = [
  'dat', 'khoang', 'trong khoang', 'uoc', 'uoc dat', 'gan', 'xap xi', 'tang', 'giam', 'con', 'xuong', 'len',
  'muc', 'o muc', 'la', 'bang', 'hon', 'tu', 'tro', 'tong', 'tong so', 'binh quan', 'bq', 'moi', 'dat muc',
  'about', 'approx', 'approximately', 'around', 'ca', 'c', 'than', 'to', 'from', 'reach', 'reached', 'target',
  'vnd', 'usd', 'so', 'tren', 'duoi',
];

const PREFIX_WORDS: ReadonlySet<string> = new Set(
  [...PREFIX_COMPARATORS.map(([p]) => p), ...PREFIX_FILLERS].flatMap((p) => p.split(' ')),
);
/** Prefix phrases padded for whole-word search, longest first. */
const SORTED_PREFIX: ReadonlyArray<readonly [string, Comparator]> = PREFIX_COMPARATORS.map(([p, c]) => [` ${p} `, c] as const).sort(
  (a, b) => b[0].length - a[0].length,
);
const PADDED_SUFFIX: ReadonlyArray<readonly [string, Comparator]> = SUFFIX_COMPARATORS.map(([p, c]) => [` ${p} `, c] as const);
const NON_WORD = /[^a-z]+/g;
const MAX_SUFFIX_WORDS = 8;

/** Text around a number that holds no words: spaces, percent signs, brackets, punctuation. */
const TRIVIAL_SUFFIX = /^[\s%)\].,;:!?*]*$/;
/** Text before a number that holds no words: spaces, symbols and comparator signs. */
const TRIVIAL_PREFIX = /^[\s(~≈≥≤⩾⩽<>=+:$]*$/;

/** Computes the padded folded words of a text (uncached). */
function computePaddedWords(text: string): string {
  const words = foldText(text).replace(NON_WORD, ' ').trim();
  return words ? ` ${words} ` : ' ';
}

/** Folded words of a text as " w1 w2 " (padded for whole-word search), or " " when none. */
export const paddedWords: (text: string) => string = memoizeString(computePaddedWords);

/** Computes the comparator named before a number (uncached); null when the prefix holds unknown words. */
function computePrefixComparator(prefix: string): Comparator | undefined | null {
  if (!TRIVIAL_PREFIX.test(prefix)) {
    const words = paddedWords(prefix);
    for (const w of words.split(' ')) if (w && !PREFIX_WORDS.has(w)) return null;
    for (const [phrase, c] of SORTED_PREFIX) if (words.includes(phrase)) return c;
  }
  for (const [sym, c] of SYMBOL_COMPARATORS) if (prefix.includes(sym)) return c;
  return undefined;
}

/** Computes the comparator named after a number ("trở lên"), uncached. */
function computeSuffixComparator(suffix: string): Comparator | undefined {
  if (TRIVIAL_SUFFIX.test(suffix)) return undefined;
  const words = paddedWords(suffix);
  for (const [phrase, c] of PADDED_SUFFIX) if (words.includes(phrase)) return c;
  return undefined;
}

const prefixComparator = memoizeString(computePrefixComparator);
const suffixComparator = memoizeString(computeSuffixComparator);

/** The comparator of the text around a number, or undefined; `null` when the prefix holds unknown words. */
export function comparatorAround(prefix: string, suffix: string): Comparator | undefined | null {
  const before = prefix.length > 0 ? prefixComparator(prefix) : undefined;
  if (before !== undefined) return before;
  return suffix.length > 0 ? suffixComparator(suffix) : undefined;
}

/** True when a suffix is short enough to be a unit or note ("tỷ đồng", "%", "triệu đồng/người/năm"). */
export function isUnitLikeSuffix(suffix: string): boolean {
  if (suffix.length === 0 || TRIVIAL_SUFFIX.test(suffix)) return true;
  const words = paddedWords(suffix).trim();
  return words === '' || words.split(' ').length <= MAX_SUFFIX_WORDS;
}

/** Reads a token's value with the comparator from the text around it; undefined when the context is not number-like. */
export function readNumberAt(text: string, tok: NumberToken, style: NumberStyle): NumberText | undefined {
  const v = tokenValue(tok, style);
  if (!v) return undefined;
  const suffix = text.slice(tok.end);
  if (!isUnitLikeSuffix(suffix)) return undefined;
  const comparator = comparatorAround(text.slice(0, tok.start), suffix);
  if (comparator === null) return undefined;
  return comparator ? { value: v.value, ambiguous: v.ambiguous, comparator } : v;
}

/**
 * Reads text holding exactly one number (either convention, thousands by spaces too), tolerating
 * fillers before it and a unit after it; undefined when there is no number, several, or too much text.
 */
export function parseNumberText(text: string, style: NumberStyle): NumberText | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const tokens = scanNumbers(text);
  if (tokens.length !== 1) return undefined;
  return readNumberAt(text, tokens[0], style);
}
