import type { TargetValue } from '../model/achievement';
import type { Decimal, Direction, NumberStyle, RawCell, Target } from '../model/model';
import type { TargetParse } from '../parse/target';
import { parseTarget } from '../parse/target';
import { targetNumber } from './ambiguity';
import { numericCellRational } from './numeric-cell';
import { targetValueOf } from './target-value';

/** A target cell read (catalogue or data row): exact value(s), the parsed target, its comparator's direction, what was wrong. */
export interface TargetReading {
  readonly value: TargetValue | null;
  /** The parsed target in decimals (absent on the numeric fast path), for unit conversion. */
  readonly target?: Target;
  readonly comparatorDirection?: Direction;
  /** True when the cell holds text that is no target (the rules decide whether that is an issue). */
  readonly unreadable: boolean;
  /** The Excel error value the cell holds, or null. */
  readonly errorCode: string | null;
  /** The value a `1.234`-style text was read as by the number style, or null when nothing was ambiguous. */
  readonly ambiguousRead: Decimal | null;
}

const BLANK: TargetReading = { value: null, unreadable: false, errorCode: null, ambiguousRead: null };
const UNREADABLE: TargetReading = { value: null, unreadable: true, errorCode: null, ambiguousRead: null };

/** The reading of a cell holding a plain number, already read as `value`. */
export function plainNumberReading(value: TargetValue): TargetReading {
  return { value, unreadable: false, errorCode: null, ambiguousRead: null };
}

/**
 * The readings of text target cells in one run and number style, by text: catalogues and forms repeat the same
 * few target texts ("≥ 95", "giảm còn 1,5", "Hoàn thành") thousands of times, and a reading never changes.
 */
export type TargetReadings = Map<string, TargetReading>;

/** The reading of a parsed target. */
function readingOf(parsed: TargetParse): TargetReading {
  if (parsed.ok) {
    const ambiguousRead = parsed.ambiguous ? targetNumber(parsed.target) : null;
    return { value: targetValueOf(parsed.target), target: parsed.target, comparatorDirection: parsed.comparatorDirection, unreadable: false, errorCode: null, ambiguousRead };
  }
  if (parsed.reason === 'error') return { value: null, unreadable: false, errorCode: parsed.errorCode ?? '#VALUE!', ambiguousRead: null };
  return parsed.reason === 'unreadable' ? UNREADABLE : BLANK;
}

/**
 * Reads a target cell: a plain number straight to an exact value (when `fast`), plain text once per run through
 * `cache`. Pass `fast = false` when the decimals are needed for a unit conversion.
 */
export function readTargetCell(cell: RawCell | undefined, style: NumberStyle, cache: TargetReadings, fast = true): TargetReading {
  const exact = fast ? numericCellRational(cell) : null;
  if (exact) return plainNumberReading({ kind: 'value', value: exact });
  const text = cell?.value;
  if (typeof text !== 'string' || cell?.numFmt !== undefined) return readingOf(parseTarget(cell, style));
  let reading = cache.get(text);
  if (!reading) cache.set(text, (reading = readingOf(parseTarget(cell, style))));
  return reading;
}
