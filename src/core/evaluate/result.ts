import type { ActualValue, TargetValue } from '../achievement';
import type { CatalogueEntry } from '../catalogue/read-catalogue';
import type { Band, Flag } from '../model';
import type { Rational } from '../rational';
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
}

/** The band that counts: the override when one applies, else the computed band. */
export function countedBand(result: IndicatorResult): Band {
  return result.override ?? result.band;
}

/** The flag of a counted band: red below critical, amber below warning. */
export function flagOf(band: Band): Flag | null {
  return band === 'low' ? 'critical' : band === 'medium' ? 'warning' : null;
}
