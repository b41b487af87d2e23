import type { BandCounts, SummaryReport } from '../model/api';
import type { IndicatorResult } from '../evaluate/result';
import { countedBand } from '../evaluate/result';
import type { Band } from '../model/model';
import { BANDS } from '../model/model';

/** Zero counts for every band. */
export function emptyCounts(): Record<Band, number> {
  return { exceeded: 0, met: 0, high: 0, medium: 0, low: 0, unassessed: 0 };
}

/** The position of each band in BANDS. */
const BAND_INDEX = Object.fromEntries(BANDS.map((band, index) => [band, index])) as Readonly<Record<Band, number>>;

/** Band counts kept by position in BANDS, as a record. */
function countsOf(tally: readonly number[]): Record<Band, number> {
  const counts = emptyCounts();
  for (let b = 0; b < BANDS.length; b++) counts[BANDS[b]] = tally[b];
  return counts;
}

/**
 * Counts the band that counts of every indicator in scope, overall and by field (fields in catalogue
 * order; indicators without a field are grouped under `otherField`).
 */
export function summarize(results: readonly IndicatorResult[], otherField: string): SummaryReport {
  const all = [0, 0, 0, 0, 0, 0];
  const byField = new Map<string, number[]>();
  // Results come field by field, so the tally of the previous field is tried before the map.
  let lastField: string | null = null;
  let tally = all;
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    const b = BAND_INDEX[countedBand(result)];
    all[b]++;
    const field = result.field ?? otherField;
    if (field !== lastField) {
      const known = byField.get(field);
      if (known) tally = known;
      else byField.set(field, (tally = [0, 0, 0, 0, 0, 0]));
      lastField = field;
    }
    tally[b]++;
  }
  return {
    total: results.length,
    bands: countsOf(all),
    byField: [...byField].map(([field, fieldTally]) => {
      const counts = countsOf(fieldTally);
      return { field, total: total(counts), bands: counts };
    }),
  };
}

/** How many indicators' assessments were overridden (with a reason). */
export function overriddenCount(results: readonly IndicatorResult[]): number {
  let n = 0;
  for (let i = 0; i < results.length; i++) if (results[i].override) n++;
  return n;
}

/** The sum of band counts. */
export function total(counts: BandCounts): number {
  return BANDS.reduce((sum, band) => sum + counts[band], 0);
}
