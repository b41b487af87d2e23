import { findHeaderBand } from '../forms/header-band';
import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `missing-column`: a data sheet has no header with an actual column and a code or name column; says which it lacks. */
export const missingColumn: RuleDefinition<'sheet'> = {
  id: 'missing-column',
  severity: 'error',
  stage: 'sheet',
  message: 'missing-column',
  check(read, issues) {
    if (read.headerFound) return;
    const partial = findHeaderBand(read.sheet, (k) => k.has('code') || k.has('name') || k.has('actual'));
    const hasActual = partial?.columns.some((c) => c.kind === 'actual') ?? false;
    const header = partial ? partial.columns.map((c) => c.text).join(' | ') : '';
    const params: Record<string, string> = { missing: hasActual ? 'code-or-name' : 'actual' };
    if (header) params.header = header;
    issues.push(makeIssue(missingColumn, { sheet: read.sheet.name, cell: 'A1', code: null }, params));
  },
};
