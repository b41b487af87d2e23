import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `formula-error`: an actual, target or part cell holds an Excel error value (never read as 0). */
export const formulaError: RuleDefinition<'cell'> = {
  id: 'formula-error',
  severity: 'error',
  stage: 'cell',
  message: 'formula-error',
  check(cell, issues) {
    const parsed = cell.parsed;
    const code = cell.target ? cell.target.errorCode : parsed?.kind === 'error' ? parsed.code : null;
    if (code === null) return;
    issues.push(makeIssue(formulaError, cell.place(), { value: code }));
  },
};
