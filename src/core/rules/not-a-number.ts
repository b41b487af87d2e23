import { isZeroDecimal } from '../parse/decimal';
import { cellText } from '../table/cell-text';
import type { RowCheck, RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** True when the row's actual is a number but its target is a milestone ("Hoàn thành"): the number cannot be assessed. */
export function isNumberForMilestone(row: RowCheck): boolean {
  return row.actual?.kind === 'number' && row.target?.kind === 'milestone';
}

/**
 * `not-a-number`: an actual or part cell holds text that is no number, fraction or milestone (or a fraction over 0),
 * a number stands where the target is a milestone, or a row's target cell holds text that is no target.
 */
export const notANumber: RuleDefinition<'cell'> = {
  id: 'not-a-number',
  severity: 'error',
  stage: 'cell',
  message: 'not-a-number',
  check(cell, issues) {
    const parsed = cell.parsed;
    switch (cell.role) {
      case 'target':
        if (cell.target?.unreadable) issues.push(makeIssue(notANumber, cell.place(), { value: cellText(cell.cell), of: 'target' }));
        return;
      case 'part':
        if (parsed?.kind === 'text') issues.push(makeIssue(notANumber, cell.place(), { value: cellText(cell.cell) }));
        return;
      case 'actual':
        if (parsed?.kind === 'text') issues.push(makeIssue(notANumber, cell.place(), { value: parsed.text }));
        else if (parsed?.kind === 'fraction' && isZeroDecimal(parsed.denominator)) issues.push(makeIssue(notANumber, cell.place(), { value: cellText(cell.cell) }));
        else if (cell.row !== null && isNumberForMilestone(cell.row)) issues.push(makeIssue(notANumber, cell.place(), { value: cellText(cell.cell) }));
        return;
      default:
        return;
    }
  },
};
