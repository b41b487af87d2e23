import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `empty-actual`: the row's actual cell is blank. */
export const emptyActual: RuleDefinition<'cell'> = {
  id: 'empty-actual',
  severity: 'warning',
  stage: 'cell',
  message: 'empty-actual',
  check(cell, issues) {
    if (cell.role !== 'actual' || cell.parsed?.kind !== 'blank') return;
    issues.push(makeIssue(emptyActual, cell.place(), {}));
  },
};
