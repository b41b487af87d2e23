/**
 * Reads relative targets (SPEC §4.1): a change measured from a baseline — "tăng 10%",
 * "tăng 10% so với năm 2022", "giảm 2%", "giảm 1,5 điểm phần trăm", "gấp 2 lần".
 */
import type { Direction, NumberStyle, RelativeChange, Target } from '../model/model';
import { signDecimal } from './decimal';
import { scanNumbers, tokenValue } from './number-scan';
import { foldText } from '../text/normalize';

/** A relative target read from text, with the direction its verb sets. */
export interface RelativeParse {
  readonly target: Extract<Target, { kind: 'relative' }>;
  readonly direction: Direction;
  readonly ambiguous: boolean;
}

/** Verbs (folded) before the number, and the change each one means. */
const VERBS: ReadonlyArray<readonly [RegExp, RelativeChange]> = [
  [/^(?:tang|increase|increase by|grow|grow by|raise|raise by|up|up by)$/, 'increase'],
  [/^(?:giam|decrease|decrease by|reduce|reduce by|cut|cut by|down|down by)$/, 'decrease'],
  [/^(?:gap|tang gap|tang len gap|increase|increase by)?$/, 'times'],
];
/** Words that may stand between the verb and the number ("tăng thêm 10%", "tăng ít nhất 10%"). */
const VERB_FILLERS = /\b(?:them|it nhat|toi thieu|tren|hon|khoang|thieu|at least|about)\b/g;
/** What follows the number: percent (of B), percentage points, or "lần" (times). */
const PERCENT_UNIT = /^(?:%|phan tram|percent)(?=$|[\s(,;])/;
const POINTS_UNIT = /^(?:diem phan tram|diem %|% diem|percentage points?|percent points?|pp|p\.p\.)(?=$|[\s(,;.])/;
const TIMES_UNIT = /^(?:lan|times|fold|-fold|x)(?=$|[\s(,;])/;
/** What may follow the unit: a comparison base ("so với năm 2022", "so cùng kỳ", "(so với 2020)"). */
const TAIL = /^(?:[(]?\s*(?:so voi|so|compared with|compared to|over|from|vs\.?|on)\b.*|tro len|or more)?$/;

/** The change a verb phrase names when the unit is percent or points; undefined when it names none. */
function verbChange(prefix: string): 'increase' | 'decrease' | undefined {
  const verb = prefix.replace(VERB_FILLERS, ' ').replace(/\s+/g, ' ').trim();
  for (const [pattern, change] of VERBS) if (change !== 'times' && pattern.test(verb)) return change;
  return undefined;
}

/** Reads a relative target; undefined when the text is not one (other target forms are tried then). */
export function parseRelativeTarget(text: string, style: NumberStyle): RelativeParse | undefined {
  const tokens = scanNumbers(text);
  if (tokens.length === 0) return undefined;
  const first = tokens[0];
  if (first.negative) return undefined;
  const prefix = foldText(text.slice(0, first.start)).trim();
  const rest = foldText(text.slice(first.end)).trim();
  const read = tokenValue(first, style);
  if (!read || signDecimal(read.value) <= 0) return undefined;
  const points = POINTS_UNIT.exec(rest);
  const percent = points ? null : PERCENT_UNIT.exec(rest);
  const times = points || percent ? null : TIMES_UNIT.exec(rest);
  const unit = points ?? percent ?? times;
  if (!unit || !TAIL.test(rest.slice(unit[0].length).trim())) return undefined;
  if (times) {
    if (!VERBS[2][0].test(prefix.replace(VERB_FILLERS, ' ').replace(/\s+/g, ' ').trim())) return undefined;
    return { target: { kind: 'relative', change: 'times', amount: read.value, points: false }, direction: 'increase', ambiguous: read.ambiguous };
  }
  const change = verbChange(prefix);
  if (!change) return undefined;
  return { target: { kind: 'relative', change, amount: read.value, points: points !== null }, direction: change, ambiguous: read.ambiguous };
}
