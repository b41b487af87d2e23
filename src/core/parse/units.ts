/**
 * Unit normalisation and exact conversion between units of one family (money, area, length,
 * percent) with identical per-suffixes (SPEC §4).
 */
import type { Decimal } from '../model/model';
import { collapseSpaces, foldText, memoizeString, stripBracketed } from '../text/normalize';
import { shiftDecimal } from './decimal';

/** Word aliases applied to each folded word of a unit. */
const WORD_ALIASES: ReadonlyMap<string, string> = new Map([
  ['ti', 'ty'], ['vnd', 'dong'], ['d', 'dong'], ['dg', 'dong'], ['ngan', 'nghin'], ['ngin', 'nghin'],
  ['tr', 'trieu'], ['m²', 'm2'], ['km²', 'km2'], ['m^2', 'm2'], ['km^2', 'km2'],
  ['hecta', 'ha'], ['hec', 'ha'], ['ha.', 'ha'], ['met', 'm'], ['kilomet', 'km'], ['percent', '%'],
]);

/** Phrase aliases applied to a whole segment (between slashes) after word aliases. */
const PHRASE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['phan tram', '%'], ['met vuong', 'm2'], ['m vuong', 'm2'], ['ki lo met', 'km'], ['kilo met', 'km'],
  ['km vuong', 'km2'], ['hec ta', 'ha'], ['1000 dong', 'nghin dong'], ['1 000 dong', 'nghin dong'], ['1.000 dong', 'nghin dong'],
  ['1,000 dong', 'nghin dong'],
  ['dong viet nam', 'dong'], ['vnd', 'dong'], ['nguoi dan', 'nguoi'],
]);

/** Convertible units by normalized key: family and power of ten relative to the family's base unit. */
const UNIT_FACTORS: ReadonlyMap<string, readonly [family: string, exponent: number]> = new Map([
  ['dong', ['money', 0]], ['nghin dong', ['money', 3]], ['trieu dong', ['money', 6]], ['ty dong', ['money', 9]],
  ['nghin ty dong', ['money', 12]], ['trieu ty dong', ['money', 15]],
  ['usd', ['usd', 0]], ['nghin usd', ['usd', 3]], ['trieu usd', ['usd', 6]], ['ty usd', ['usd', 9]],
  ['m2', ['area', 0]], ['ha', ['area', 4]], ['km2', ['area', 6]],
  ['m', ['length', 0]], ['km', ['length', 3]],
  ['%', ['percent', 0]],
]);

const SUPERSCRIPT = /[²³]/g;
const SLASH = /\s*\/\s*/g;
const DOTS = /\.(?!\d)/g;

/** Normalizes one slash-separated segment of a folded unit. */
function normalizeSegment(segment: string): string {
  const words = collapseSpaces(segment.replace(DOTS, ' '))
    .split(' ')
    .map((w) => WORD_ALIASES.get(w) ?? w)
    .join(' ');
  return PHRASE_ALIASES.get(words) ?? words;
}

/** Computes the canonical unit key (uncached). */
function computeUnitKey(text: string): string {
  if (typeof text !== 'string') return '';
  let t = stripBracketed(text);
  if (t === '') t = text.replace(/[()[\]]/g, ' ');
  const folded = foldText(t.replace(SUPERSCRIPT, (c) => (c === '²' ? '2' : '3')));
  return folded.replace(SLASH, '/').split('/').map(normalizeSegment).join('/');
}

/**
 * Canonical key of a unit: folded, "tỉ"="tỷ", "VNĐ"/"đ"="đồng", "m²"="m2", "phần trăm"="%", no spaces
 * around "/" ("Triệu đồng / người" → "trieu dong/nguoi").
 */
export const normalizeUnit: (text: string) => string = memoizeString(computeUnitKey);

/** The result of converting a value between two units. */
export type UnitConversion =
  | { readonly kind: 'same' }
  | { readonly kind: 'converted'; readonly value: Decimal }
  | { readonly kind: 'incompatible' };

/** Splits a unit key into its base and its per-suffix ("trieu dong/nguoi/nam" → ["trieu dong", "nguoi/nam"]). */
function splitPer(key: string): [string, string] {
  const slash = key.indexOf('/');
  return slash < 0 ? [key, ''] : [key.slice(0, slash), key.slice(slash + 1)];
}

/**
 * Converts a value from one unit to another exactly: 'same' when both normalize alike, 'converted'
 * within a family with identical per-suffixes (triệu đồng/người ↔ nghìn đồng/người), else 'incompatible'.
 */
export function convertUnit(value: Decimal, from: string, to: string): UnitConversion {
  const a = normalizeUnit(from);
  const b = normalizeUnit(to);
  if (a === b) return { kind: 'same' };
  const [baseA, perA] = splitPer(a);
  const [baseB, perB] = splitPer(b);
  if (perA !== perB) return { kind: 'incompatible' };
  const fa = UNIT_FACTORS.get(baseA);
  const fb = UNIT_FACTORS.get(baseB);
  if (!fa || !fb || fa[0] !== fb[0]) return { kind: 'incompatible' };
  if (fa[1] === fb[1]) return { kind: 'same' };
  return { kind: 'converted', value: shiftDecimal(value, fa[1] - fb[1]) };
}
