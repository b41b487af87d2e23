import type { ActualValue, TargetValue } from '../model/achievement';
import type { CatalogueEntry } from '../model/catalogue';
import type { Band, Direction, Flag } from '../model/model';
import type { Rational } from '../model/rational';
import type { DataRow } from '../table/read-data-sheet';

/** One catalogue indicator after assessment: its row (if found), values in the catalogue unit, rate and bands. */
export interface IndicatorResult {
  readonly entry: CatalogueEntry;
  readonly row: DataRow | null;
  readonly field: string | null;
  readonly unit: string | null;
  readonly actual: ActualValue | null;
  readonly target: TargetValue | null;
  /** The target as the catalogue (or row) wrote it, for display. */
  readonly targetText: string;
  readonly rate: Rational | null;
  /** The computed band. */
  readonly band: Band;
  /** The override that counts (with a reason), else null. */
  readonly override: Band | null;
  readonly flag: Flag | null;
  /** The direction that was assessed when it differs from the catalogue's (a relative target's verb, SPEC §4.1). */
  readonly direction?: Direction;
  /** The baseline B in the indicator's unit (SPEC §5.1), when the row or catalogue gives one. */
  readonly baseline?: Rational | null;
  /** 100·A/B exactly (SPEC §5.1), or null. */
  readonly baselineRate?: Rational | null;
  /** The override's reason as written, when a reason was given. */
  readonly reason?: string | null;
  /** Breakdown rows of the indicator (SPEC §2.1). */
  readonly parts?: readonly PartResult[];
}

/** One breakdown row read under an indicator. */
export interface PartResult {
  readonly name: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly actual: Rational | null;
  readonly unit: string | null;
}

/** The band that counts: the override when one applies, else the computed band. */
export function countedBand(result: IndicatorResult): Band {
  return result.override ?? result.band;
}

/** The flag of a counted band: red below critical, amber below warning. */
export function flagOf(band: Band): Flag | null {
  return band === 'low' ? 'critical' : band === 'medium' ? 'warning' : null;
}
