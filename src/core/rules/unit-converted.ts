import { isZeroDecimal } from '../parse/decimal';
import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `unit-converted` (info): the row's actual (a number, or a fraction's numerator) was converted to the catalogue's unit. */
export const unitConverted: RuleDefinition<'cell'> = {
  id: 'unit-converted',
  severity: 'info',
  stage: 'cell',
  message: 'unit-converted',
  check(cell, issues) {
    const row = cell.row;
    const parsed = cell.parsed;
    if (cell.role !== 'actual' || row === null || row.units.kind !== 'convert' || parsed === null) return;
    const converted = parsed.kind === 'number' || (parsed.kind === 'fraction' && !isZeroDecimal(parsed.denominator) && !row.percentUnit);
    if (converted) issues.push(makeIssue(unitConverted, cell.placeAt('unit'), { from: row.units.from, to: row.units.to }));
  },
};
