/**
 * Reads a catalogue (or row) target cell (SPEC §4, §4.1): point, floor, ceiling, range, milestone or a
 * change from the baseline,
 * with the direction its comparator implies.
 */
import type { Decimal, Direction, NumberStyle, RawCell, Target } from '../model/model';
import { compareDecimal } from './decimal';
import { comparatorAround, isUnitLikeSuffix, parseNumberText } from './number';
import type { NumberToken } from './number-scan';
import { scanNumbers, tokenValue } from './number-scan';
import { foldText } from '../text/normalize';
import { parseRelativeTarget } from './relative-target';
import { numericCellValue, parseFractionText } from './value';
import { excelErrorText, isBlankText, milestoneOf } from './vocab';

/** The outcome of reading a target cell: a target (and the direction its comparator implies) or why not. */
export type TargetParse =
  | {
      readonly ok: true;
      readonly target: Target;
      readonly comparatorDirection?: Direction;
      /** True when a `1.234`-style text was resolved by the number style (SPEC §3 ambiguous-number). */
      readonly ambiguous?: boolean;
    }
  | { readonly ok: false; readonly reason: 'blank' | 'error' | 'unreadable'; readonly errorCode?: string };

/** Words (folded) that may join the two bounds of a range. */
const RANGE_JOINERS: ReadonlySet<string> = new Set([
  '-', '–', '—', '−', '~', '÷', '->', '→', 'den', 'toi', 'to', 'den duoi', 'den khoang', '-den',
]);
const BLANK: TargetParse = { ok: false, reason: 'blank' };
const UNREADABLE: TargetParse = { ok: false, reason: 'unreadable' };
const PERCENT = /%/g;

/** Builds a range (ordered, min < max) or a point when both bounds are equal. */
function rangeOf(a: Decimal, b: Decimal, ambiguous: boolean): TargetParse {
  const c = compareDecimal(a, b);
  const target: Target = c === 0 ? { kind: 'point', value: a } : c < 0 ? { kind: 'range', min: a, max: b } : { kind: 'range', min: b, max: a };
  return ambiguous ? { ok: true, target, ambiguous } : { ok: true, target };
}

/** Reads "10-11", "10 – 11", "từ 10 đến 11", "10 ~ 11", "10-11%" as a range; undefined when it is not one. */
function parseRangeText(text: string, tokens: readonly NumberToken[], style: NumberStyle): TargetParse | undefined {
  if (tokens.length !== 2) return undefined;
  const [a, b] = tokens;
  let between = text.slice(a.end, b.start);
  let second = b;
  // "10 -11", "10%-11%": the dash was read as the sign of the second bound.
  if (b.negative) {
    between = text.slice(a.end, b.start + 1);
    second = { ...b, negative: false };
  }
  const joiner = foldText(between.replace(PERCENT, ''));
  if (!RANGE_JOINERS.has(joiner)) return undefined;
  const suffix = text.slice(b.end);
  if (!isUnitLikeSuffix(suffix) || comparatorAround(text.slice(0, a.start), suffix) !== undefined) return undefined;
  const lo = tokenValue(a, style);
  const hi = tokenValue(second, style);
  if (!lo || !hi) return undefined;
  return rangeOf(lo.value, hi.value, lo.ambiguous || hi.ambiguous);
}

/** A change verb ("tăng", "giảm") before a number that §4.1 cannot read ("tăng 500 tỷ"): not a level. */
function isChangeWithoutBase(text: string): boolean {
  const folded = foldText(text);
  return /^(?:tang|giam|increase|decrease|reduce)(?: them)? [-+−]?[0-9]/.test(folded);
}

/** Reads target text: blank, error, milestone, range, or one number with an optional comparator. */
function parseTargetText(text: string, style: NumberStyle): TargetParse {
  if (isBlankText(text)) return BLANK;
  const errorCode = excelErrorText(text);
  if (errorCode) return { ok: false, reason: 'error', errorCode };
  const done = milestoneOf(text);
  if (done !== undefined) return done ? { ok: true, target: { kind: 'milestone' } } : UNREADABLE;
  const relative = parseRelativeTarget(text, style);
  if (relative) return { ok: true, target: relative.target, comparatorDirection: relative.direction, ...(relative.ambiguous ? { ambiguous: true } : {}) };
  if (isChangeWithoutBase(text)) return UNREADABLE;
  const tokens = scanNumbers(text);
  if (tokens.length === 2) {
    if (parseFractionText(text, style)) return UNREADABLE;
    return parseRangeText(text, tokens, style) ?? UNREADABLE;
  }
  const n = parseNumberText(text, style);
  if (!n) return UNREADABLE;
  const extra = n.ambiguous ? { ambiguous: true } : {};
  if (n.comparator === 'ge') return { ok: true, target: { kind: 'floor', value: n.value }, comparatorDirection: 'increase', ...extra };
  if (n.comparator === 'le') return { ok: true, target: { kind: 'ceiling', value: n.value }, comparatorDirection: 'decrease', ...extra };
  return { ok: true, target: { kind: 'point', value: n.value }, ...extra };
}

/** Reads a target cell (SPEC §4); any input gives a result, never an exception. */
export function parseTarget(cell: RawCell | undefined, style: NumberStyle): TargetParse {
  if (cell === undefined || cell === null || typeof cell !== 'object') return BLANK;
  const v = cell.value;
  switch (typeof v) {
    case 'number':
      if (!Number.isFinite(v)) return UNREADABLE;
      return { ok: true, target: { kind: 'point', value: numericCellValue(v, typeof cell.numFmt === 'string' ? cell.numFmt : undefined).value } };
    case 'string':
      return parseTargetText(v, style);
    case 'boolean':
      return v ? { ok: true, target: { kind: 'milestone' } } : UNREADABLE;
    case 'object': {
      if (v === null) return BLANK;
      const code = (v as { error?: unknown }).error;
      return { ok: false, reason: 'error', errorCode: typeof code === 'string' && code ? code : '#VALUE!' };
    }
    default:
      return BLANK;
  }
}
