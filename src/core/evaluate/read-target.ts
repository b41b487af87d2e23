import type { TargetValue } from '../achievement';
import type { Direction, NumberStyle, RawCell, Target } from '../model';
import type { TargetParse } from '../parse/target';
import { cachedTarget } from '../parse/target-cache';
import { cellText } from '../table/cell-text';
import { ambiguityParams, targetNumber } from './ambiguity';
import { numericCellRational } from './numeric-cell';
import type { Finding } from './read-actual';
import { targetValueOf } from './target-value';

/** A target cell read (catalogue or data row): exact value(s), the parsed target, its comparator's direction, findings. */
export interface TargetReading {
  readonly value: TargetValue | null;
  /** The parsed target in decimals (absent on the numeric fast path), for unit conversion. */
  readonly target?: Target;
  readonly comparatorDirection?: Direction;
  /** True when the cell holds text that is no target (the caller decides whether that is an issue). */
  readonly unreadable: boolean;
  /** `formula-error` and `ambiguous-number` findings. */
  readonly findings: readonly Finding[];
}

const NONE: readonly Finding[] = [];
const BLANK: TargetReading = { value: null, unreadable: false, findings: NONE };

/**
 * Reads a target cell: a plain number straight to an exact value (when `fast`), text through the per-run
 * cache. Pass `fast = false` when the decimals are needed for a unit conversion.
 */
export function readTargetCell(cell: RawCell | undefined, style: NumberStyle, cache: Map<string, TargetParse>, fast = true): TargetReading {
  const exact = fast ? numericCellRational(cell) : null;
  if (exact) return { value: { kind: 'value', value: exact }, unreadable: false, findings: NONE };
  const parsed = cachedTarget(cell, style, cache);
  if (parsed.ok) {
    const read = parsed.ambiguous ? targetNumber(parsed.target) : null;
    const findings: readonly Finding[] = read ? [{ rule: 'ambiguous-number', params: ambiguityParams(cellText(cell), read, style) }] : NONE;
    return { value: targetValueOf(parsed.target), target: parsed.target, comparatorDirection: parsed.comparatorDirection, unreadable: false, findings };
  }
  if (parsed.reason === 'error') return { value: null, unreadable: false, findings: [{ rule: 'formula-error', params: { value: parsed.errorCode ?? '#VALUE!' } }] };
  return parsed.reason === 'unreadable' ? { value: null, unreadable: true, findings: NONE } : BLANK;
}
