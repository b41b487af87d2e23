import type { TargetValue } from '../achievement';
import { ambiguityParams, targetNumber } from '../evaluate/ambiguity';
import type { Finding } from '../evaluate/read-actual';
import { numericCellRational } from '../evaluate/numeric-cell';
import { targetValueOf } from '../evaluate/target-value';
import type { Direction, NumberStyle, RawCell } from '../model';
import type { TargetParse } from '../parse/target';
import { cachedTarget } from '../parse/target-cache';
import { cellText } from '../table/cell-text';

/** A catalogue target cell read: exact value(s), the direction its comparator implies, and what is wrong with it. */
export interface EntryTarget {
  readonly value: TargetValue | null;
  readonly comparatorDirection?: Direction;
  readonly findings: readonly Finding[];
}

const NONE: readonly Finding[] = [];

/** Reads a catalogue target cell (numbers straight to exact values; text through the per-run cache). */
export function readEntryTarget(cell: RawCell | undefined, style: NumberStyle, cache: Map<string, TargetParse>): EntryTarget {
  const fast = numericCellRational(cell);
  if (fast) return { value: { kind: 'value', value: fast }, findings: NONE };
  const parsed = cachedTarget(cell, style, cache);
  if (parsed.ok) {
    const read = parsed.ambiguous ? targetNumber(parsed.target) : null;
    const findings: readonly Finding[] = read ? [{ rule: 'ambiguous-number', params: ambiguityParams(cellText(cell), read, style) }] : NONE;
    return { value: targetValueOf(parsed.target), comparatorDirection: parsed.comparatorDirection, findings };
  }
  if (parsed.reason === 'error') return { value: null, findings: [{ rule: 'formula-error', params: { value: parsed.errorCode ?? '#VALUE!' } }] };
  if (parsed.reason === 'unreadable') return { value: null, findings: [{ rule: 'catalogue-invalid', params: { problem: 'bad-target' } }] };
  return { value: null, findings: NONE };
}
