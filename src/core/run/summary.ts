import type { BandCounts, SummaryReport } from '../model/api';
import type { IndicatorResult } from '../evaluate/result';
import { countedBand } from '../evaluate/result';
import type { Band } from '../model/model';
import { BANDS } from '../model/model';

/** Zero counts for every band. */
export function emptyCounts(): Record<Band, number> {
  return { exceeded: 0, met: 0, high: 0, medium: 0, low: 0, unassessed: 0 };
}

/**
 * Counts the band that counts of every indicator in scope, overall and by field (fields in catalogue
 * order; indicators without a field are grouped under `otherField`).
 */
export function summarize(results: readonly IndicatorResult[], otherField: string): SummaryReport {
  const bands = emptyCounts();
  const byField = new Map<string, Record<Band, number>>();
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    const band = countedBand(result);
    bands[band]++;
    const field = result.field ?? otherField;
    let counts = byField.get(field);
    if (!counts) byField.set(field, (counts = emptyCounts()));
    counts[band]++;
  }
  return {
    total: results.length,
    bands,
    byField: [...byField].map(([field, counts]) => ({ field, total: total(counts), bands: counts })),
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
