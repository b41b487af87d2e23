import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `missing-baseline`: a relative target ("tăng 10%") has no baseline to measure from (SPEC §5.1). */
export const missingBaseline: RuleDefinition<'row'> = {
  id: 'missing-baseline',
  severity: 'error',
  stage: 'row',
  message: 'missing-baseline',
  check(row, issues) {
    if (row.target?.kind !== 'relative' || row.baseline) return;
    issues.push(makeIssue(missingBaseline, row.place('target'), { target: row.targetText }));
  },
};
