import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `unit-mismatch`: the row's unit cannot be converted to the catalogue's (the row is then not assessed). */
export const unitMismatch: RuleDefinition<'units'> = {
  id: 'unit-mismatch',
  severity: 'error',
  stage: 'units',
  message: 'unit-mismatch',
  check(row, issues) {
    if (row.units.kind !== 'mismatch') return;
    issues.push(makeIssue(unitMismatch, row.place('unit'), { from: row.row.unit ?? '', to: row.entry.unit ?? '' }));
  },
};
