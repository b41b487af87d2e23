import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `duplicate-unit` (SPEC §10): a second file of a unit already added; the later one is not added. */
export const duplicateUnit: RuleDefinition<'consolidation'> = {
  id: 'duplicate-unit',
  severity: 'warning',
  stage: 'consolidation',
  message: 'duplicate-unit',
  check({ file, kept }, issues) {
    if (!kept) return;
    issues.push(makeIssue(duplicateUnit, { sheet: '', cell: '', code: null }, { file: file.file, unit: kept.name, firstFile: kept.file }));
  },
};
