import type { TargetValue } from '../model/achievement';
import type { Decimal, Target } from '../model/model';
import { convertUnit } from '../parse/units';
import type { Rational } from '../model/rational';
import { compare, fromDecimal } from '../model/rational';

/** The exact target value(s) of a catalogue target, for assessment. */
export function targetValueOf(target: Target): TargetValue {
  switch (target.kind) {
    case 'range':
      return { kind: 'range', min: fromDecimal(target.min), max: fromDecimal(target.max) };
    case 'milestone':
      return { kind: 'milestone' };
    case 'relative':
      return { kind: 'relative', change: target.change, amount: fromDecimal(target.amount), points: target.points };
    default:
      return { kind: 'value', value: fromDecimal(target.value) };
  }
}

/** The bound a rate is measured against: the value, or the range bound SPEC §5 divides by. */
export function referenceOf(target: TargetValue, increase: boolean): Rational | null {
  if (target.kind === 'value') return target.value;
  if (target.kind === 'range') return increase ? target.min : target.max;
  return null;
}

/** True when two targets mean the same numbers (point, floor and ceiling compare by value). */
export function sameTarget(a: TargetValue, b: TargetValue): boolean {
  if (a.kind === 'milestone' || b.kind === 'milestone') return a.kind === b.kind;
  if (a.kind === 'relative' || b.kind === 'relative') {
    return a.kind === 'relative' && b.kind === 'relative' && a.change === b.change && a.points === b.points && compare(a.amount, b.amount) === 0;
  }
  if (a.kind === 'range' || b.kind === 'range') {
    return a.kind === 'range' && b.kind === 'range' && compare(a.min, b.min) === 0 && compare(a.max, b.max) === 0;
  }
  return compare(a.value, b.value) === 0;
}

/** Converts a target written in one unit to another unit; undefined when the units do not convert. */
export function convertTarget(target: Target, from: string, to: string): Target | undefined {
  const conv = (d: Decimal): Decimal | undefined => {
    const c = convertUnit(d, from, to);
    return c.kind === 'same' ? d : c.kind === 'converted' ? c.value : undefined;
  };
  switch (target.kind) {
    case 'milestone':
    case 'relative':
      return target;
    case 'range': {
      const min = conv(target.min);
      const max = conv(target.max);
      return min && max ? { kind: 'range', min, max } : undefined;
    }
    default: {
      const value = conv(target.value);
      return value ? { ...target, value } : undefined;
    }
  }
}
