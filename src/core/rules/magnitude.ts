import { referenceOf } from '../values/target-value';
import { compareAbsRatio, fromNumber, isZero, toNumber } from '../model/rational';
import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

const HUNDRED = fromNumber(100);
const HUNDREDTH = fromNumber(0.01);

/** `magnitude`: |A/T| ≥ 100 or ≤ 0,01 with both non-zero, a likely unit or typing slip (compared exactly). */
export const magnitude: RuleDefinition<'row'> = {
  id: 'magnitude',
  severity: 'warning',
  stage: 'row',
  message: 'magnitude',
  check(row, issues) {
    const actual = row.actual;
    if (actual?.kind !== 'number' || !row.assessedTarget) return;
    const target = referenceOf(row.assessedTarget, row.direction === 'increase');
    if (!target || isZero(actual.value) || isZero(target)) return;
    if (compareAbsRatio(actual.value, target, HUNDRED) < 0 && compareAbsRatio(actual.value, target, HUNDREDTH) > 0) return;
    issues.push(makeIssue(magnitude, row.place('actual'), { actual: toNumber(actual.value), target: toNumber(target) }));
  },
};
