import { sameTarget } from '../values/target-value';
import { fromDecimal, toNumber } from '../model/rational';
import { cellText } from '../table/cell-text';
import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/**
 * `target-mismatch`: the row's own target (read from its target cell) or a fraction actual's denominator differs
 * from the catalogue's target; the catalogue's is used.
 */
export const targetMismatch: RuleDefinition<'cell'> = {
  id: 'target-mismatch',
  severity: 'warning',
  stage: 'cell',
  message: 'target-mismatch',
  check(cell, issues) {
    const row = cell.row;
    if (row === null || !row.target) return;
    if (cell.role === 'target') {
      if (row.rowTarget && !sameTarget(row.rowTarget, row.target)) {
        issues.push(makeIssue(targetMismatch, cell.place(), { rowTarget: cellText(cell.cell), catalogueTarget: row.entry.targetText }));
      }
    } else if (cell.role === 'actual' && row.fractionTarget && row.target.kind !== 'milestone' && !sameTarget(row.fractionTarget, row.target)) {
      issues.push(makeIssue(targetMismatch, cell.place(), { rowTarget: toNumber(fromDecimal(row.fractionDenominator ?? ZERO)), catalogueTarget: row.entry.targetText }));
    }
  },
};

const ZERO = { coef: 0n, scale: 0 };
