import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `duplicate-indicator`: an indicator appears again in the data sheets checked; the first row counts. */
export const duplicateIndicator: RuleDefinition<'match'> = {
  id: 'duplicate-indicator',
  severity: 'error',
  stage: 'match',
  message: 'duplicate-indicator',
  check({ row, entry, first }, issues) {
    if (!entry || !first) return;
    const firstCell = first.sheet === row.sheet ? first.identityCell : `${first.sheet}!${first.identityCell}`;
    issues.push(makeIssue(duplicateIndicator, { sheet: row.sheet, cell: row.identityCell, code: entry.code }, { firstCell }));
  },
};
