import { entryCell } from '../catalogue/read-catalogue';
import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `missing-indicator`: a catalogue indicator has no data row (it is counted unassessed). */
export const missingIndicator: RuleDefinition<'scope'> = {
  id: 'missing-indicator',
  severity: 'warning',
  stage: 'scope',
  message: 'missing-indicator',
  check(entry, assessed, issues) {
    if (assessed) return;
    issues.push(makeIssue(missingIndicator, { sheet: entry.sheet, cell: entryCell(entry), code: entry.code }, { name: entry.name }));
  },
};
