import type { ColumnKind, Issue, NumberStyle } from '../model';
import type { Rational } from '../rational';
import { abs, compare, fromNumber, subtract, toNumber } from '../rational';
import { cellNumber } from '../evaluate/baseline';
import type { DataRow } from '../table/read-data-sheet';
import type { PlaceOf } from './severity';
import { makeIssue } from './severity';

const TOLERANCE = fromNumber(0.5);

/** Which stated comparison a rate belongs to: with the plan (target) or with the baseline (SPEC §5.1). */
export type Comparison = 'plan' | 'baseline';

const COLUMN: Readonly<Record<Comparison, ColumnKind>> = { plan: 'statedRate', baseline: 'statedBaselineRate' };

/** `rate-mismatch`: a stated rate differs from the computed one by more than 0,5 percentage point (exactly). */
export function checkRateMismatch(stated: Rational, computed: Rational, at: PlaceOf, comparison: Comparison = 'plan'): Issue | null {
  if (compare(abs(subtract(stated, computed)), TOLERANCE) <= 0) return null;
  return makeIssue('rate-mismatch', at(COLUMN[comparison]), { stated: toNumber(stated), computed: Math.round(toNumber(computed) * 10) / 10, comparison });
}

/** Checks both stated comparisons of a row (of plan, of baseline) against the computed rates, adding what differs. */
export function checkStatedRates(row: DataRow, computed: Readonly<Record<Comparison, Rational | null>>, style: NumberStyle, at: PlaceOf, issues: Issue[]): void {
  for (const comparison of ['plan', 'baseline'] as const) {
    const rate = computed[comparison];
    const stated = rate && cellNumber(row.cell(COLUMN[comparison]), style);
    const issue = stated && rate ? checkRateMismatch(stated, rate, at, comparison) : null;
    if (issue) issues.push(issue);
  }
}
