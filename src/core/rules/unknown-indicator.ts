import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `unknown-indicator`: a row's code or name is not in the catalogue; the message suggests the closest. */
export const unknownIndicator: RuleDefinition<'match'> = {
  id: 'unknown-indicator',
  severity: 'error',
  stage: 'match',
  message: 'unknown-indicator',
  check(match, issues) {
    if (match.entry) return;
    const { row } = match;
    const params: Record<string, string> = { value: row.code ?? row.name ?? '' };
    const hint = match.suggestion();
    if (hint) params.suggestion = hint;
    issues.push(makeIssue(unknownIndicator, { sheet: row.sheet, cell: row.identityCell, code: row.code }, params));
  },
};
