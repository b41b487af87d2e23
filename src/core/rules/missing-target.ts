import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `missing-target`: neither the catalogue nor the row gives a target (an unreadable row target is reported instead). */
export const missingTarget: RuleDefinition<'row'> = {
  id: 'missing-target',
  severity: 'error',
  stage: 'row',
  message: 'missing-target',
  check(row, issues) {
    if (row.target || row.targetUnreadable) return;
    issues.push(makeIssue(missingTarget, row.place('target'), {}));
  },
};
