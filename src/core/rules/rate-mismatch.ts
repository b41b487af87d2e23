import type { ColumnKind, Issue } from '../model/model';
import type { Rational } from '../model/rational';
import { compareDistance, fromNumber, toNumber } from '../model/rational';
import { cellNumber } from '../values/baseline';
import { numericCellDistance } from '../values/numeric-cell';
import type { RowCheck, RuleDefinition } from './rule';
import { makeIssue } from './rule';

const TOLERANCE = fromNumber(0.5);

/** Adds a `rate-mismatch` when the rate stated in a column differs from the computed one by more than 0,5 point. */
function compareStated(row: RowCheck, computed: Rational | null, column: ColumnKind, comparison: 'plan' | 'baseline', issues: Issue[]): void {
  if (!computed) return;
  const cell = row.row.cell(column);
  const near = numericCellDistance(cell, computed, TOLERANCE);
  if (near !== null && near <= 0) return;
  const stated = cellNumber(cell, row.style);
  if (!stated || compareDistance(stated, computed, TOLERANCE) <= 0) return;
  issues.push(makeIssue(rateMismatch, row.place(column), { stated: toNumber(stated), computed: Math.round(toNumber(computed) * 10) / 10, comparison }));
}

/** `rate-mismatch`: a stated rate of plan, or of baseline (SPEC §5.1), differs from the computed one by more than 0,5 percentage point. */
export const rateMismatch: RuleDefinition<'row'> = {
  id: 'rate-mismatch',
  severity: 'warning',
  stage: 'row',
  message: 'rate-mismatch',
  check(row, issues) {
    compareStated(row, row.rate, 'statedRate', 'plan', issues);
    compareStated(row, row.baselineRate, 'statedBaselineRate', 'baseline', issues);
  },
};
