import { ambiguityParams } from '../values/ambiguity';
import { cellText } from '../table/cell-text';
import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `ambiguous-number`: a `1.234`-style actual or target was read by the workbook's number style; says both readings. */
export const ambiguousNumber: RuleDefinition<'cell'> = {
  id: 'ambiguous-number',
  severity: 'warning',
  stage: 'cell',
  message: 'ambiguous-number',
  check(cell, issues) {
    const parsed = cell.parsed;
    const read = cell.target ? cell.target.ambiguousRead : cell.role === 'actual' && parsed?.kind === 'number' && parsed.ambiguous ? parsed.value : null;
    if (read === null) return;
    issues.push(makeIssue(ambiguousNumber, cell.place(), ambiguityParams(cellText(cell.cell), read, cell.style)));
  },
};
