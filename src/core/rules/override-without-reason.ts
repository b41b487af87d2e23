import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `override-without-reason`: a stated override has no reason, so it is not applied. */
export const overrideWithoutReason: RuleDefinition<'row'> = {
  id: 'override-without-reason',
  severity: 'warning',
  stage: 'row',
  message: 'override-without-reason',
  check(row, issues) {
    if (!row.overrideBand || row.row.reason) return;
    issues.push(makeIssue(overrideWithoutReason, row.place('override'), { override: row.row.override ?? '' }));
  },
};
