import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `unreadable-unit` (SPEC §10): a unit's file cannot be read; it is listed with the reason, the rest are consolidated. */
export const unreadableUnit: RuleDefinition<'consolidation'> = {
  id: 'unreadable-unit',
  severity: 'error',
  stage: 'consolidation',
  message: 'unreadable-unit',
  check({ file, kept }, issues) {
    if (kept || !('unreadable' in file)) return;
    issues.push(makeIssue(unreadableUnit, { sheet: '', cell: '', code: null }, { file: file.file, unit: file.name, reason: file.unreadable.replace(/[.\s]+$/u, '') }));
  },
};
