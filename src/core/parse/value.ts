/**
 * Reads an actual (or target) cell into a ParsedValue (SPEC §3): numbers, percent cells, fractions,
 * milestones, blanks and Excel errors, never throwing on any input.
 */
import type { Decimal, NumberStyle, ParsedValue, RawCell } from '../model/model';
import { decimalFromNumber, shiftDecimal } from './decimal';
import { comparatorAround, isUnitLikeSuffix, parseNumberText } from './number';
import { scanNumbers, tokenValue } from './number-scan';
import { excelErrorText, isBlankText, milestoneOf } from './vocab';

const BLANK: ParsedValue = { kind: 'blank' };
const percentFormatCache = new Map<string, boolean>();

/** True when an Excel number format code shows a percentage (a `%` outside quotes, brackets and escapes). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt || numFmt.indexOf('%') < 0) return false;
  const hit = percentFormatCache.get(numFmt);
  if (hit !== undefined) return hit;
  let quoted = false;
  let bracket = false;
  let found = false;
  for (let i = 0; i < numFmt.length && !found; i++) {
    const c = numFmt[i];
    if (quoted) quoted = c !== '"';
    else if (bracket) bracket = c !== ']';
    else if (c === '"') quoted = true;
    else if (c === '[') bracket = true;
    else if (c === '\\' || c === '_' || c === '*') i++;
    else if (c === '%') found = true;
  }
  if (percentFormatCache.size > 1024) percentFormatCache.clear();
  percentFormatCache.set(numFmt, found);
  return found;
}

/** A numeric cell's value in displayed units: ×100 when its format is a percentage. */
export function numericCellValue(n: number, numFmt: string | undefined): { value: Decimal; percentCell: boolean } {
  const d = decimalFromNumber(n);
  return isPercentFormat(numFmt) ? { value: shiftDecimal(d, 2), percentCell: true } : { value: d, percentCell: false };
}

/** Reads "a/b" text ("47/107", "03/26", "47 / 107") as numerator and denominator; undefined when it is not one. */
export function parseFractionText(text: string, style: NumberStyle): { numerator: Decimal; denominator: Decimal } | undefined {
  if (text.indexOf('/') < 0) return undefined;
  const tokens = scanNumbers(text);
  if (tokens.length !== 2) return undefined;
  const [a, b] = tokens;
  if (a.negative || b.negative || text.slice(a.end, b.start).trim() !== '/') return undefined;
  const suffix = text.slice(b.end);
  if (!isUnitLikeSuffix(suffix) || comparatorAround(text.slice(0, a.start), suffix) !== undefined) return undefined;
  const numerator = tokenValue(a, style);
  const denominator = tokenValue(b, style);
  if (!numerator || !denominator) return undefined;
  return { numerator: numerator.value, denominator: denominator.value };
}

/** Reads a text cell value; shared by the cell and target parsers. */
function parseText(text: string, style: NumberStyle): ParsedValue {
  if (isBlankText(text)) return BLANK;
  const code = excelErrorText(text);
  if (code) return { kind: 'error', code };
  const fraction = parseFractionText(text, style);
  if (fraction) return { kind: 'fraction', ...fraction };
  // Milestone words hold no digits, so the number is tried first (the common case).
  const n = parseNumberText(text, style);
  if (n) {
    return n.comparator
      ? { kind: 'number', value: n.value, ambiguous: n.ambiguous, percentCell: false, comparator: n.comparator }
      : { kind: 'number', value: n.value, ambiguous: n.ambiguous, percentCell: false };
  }
  const done = milestoneOf(text);
  if (done !== undefined) return { kind: 'milestone', done };
  return { kind: 'text', text };
}

/** Reads one cell into a ParsedValue (SPEC §3); any input, however malformed, gives a result. */
export function parseCellValue(cell: RawCell | undefined, style: NumberStyle): ParsedValue {
  if (cell === undefined || cell === null || typeof cell !== 'object') return BLANK;
  const v = cell.value;
  switch (typeof v) {
    case 'number': {
      if (!Number.isFinite(v)) return { kind: 'error', code: '#NUM!' };
      const { value, percentCell } = numericCellValue(v, typeof cell.numFmt === 'string' ? cell.numFmt : undefined);
      return { kind: 'number', value, ambiguous: false, percentCell };
    }
    case 'string':
      return parseText(v, style);
    case 'boolean':
      return { kind: 'milestone', done: v };
    case 'object': {
      if (v === null) return BLANK;
      const code = (v as { error?: unknown }).error;
      return { kind: 'error', code: typeof code === 'string' && code ? code : '#VALUE!' };
    }
    default:
      return BLANK;
  }
}
