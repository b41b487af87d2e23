import { compare, toNumber } from '../model/rational';
import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `breakdown-exceeds-total`: a "Trong đó" part is larger than the indicator it belongs to. */
export const breakdownExceedsTotal: RuleDefinition<'part'> = {
  id: 'breakdown-exceeds-total',
  severity: 'warning',
  stage: 'part',
  message: 'breakdown-exceeds-total',
  check({ row, part, code, actual, total }, issues) {
    if (!total || compare(actual, total) <= 0) return;
    issues.push(makeIssue(breakdownExceedsTotal, { sheet: row.sheet, cell: part.address, code }, { part: part.name, value: toNumber(actual), total: toNumber(total) }));
  },
};
