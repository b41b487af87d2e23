import { normalizeName } from '../text/normalize';
import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/**
 * `name-mismatch`: the row's code is known but its name is not the catalogue's (compared normalized), or the
 * row was matched by a near name (SPEC §2.3).
 */
export const nameMismatch: RuleDefinition<'match'> = {
  id: 'name-mismatch',
  severity: 'warning',
  stage: 'match',
  message: 'name-mismatch',
  check({ row, entry, near }, issues) {
    if (!entry) return;
    if (!near && (!row.code || !row.name || row.name === entry.name || normalizeName(row.name) === normalizeName(entry.name))) return;
    const place = { sheet: row.sheet, cell: row.address('name') ?? row.identityCell, code: entry.code };
    issues.push(makeIssue(nameMismatch, place, { name: row.name ?? '', expected: entry.name }));
  },
};
