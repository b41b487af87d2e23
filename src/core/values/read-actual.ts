import type { ActualValue } from '../model/achievement';
import type { Decimal, ParsedValue } from '../model/model';
import { isZeroDecimal } from '../parse/decimal';
import { convertUnit } from '../parse/units';
import { divide, fromDecimal, fromNumber, multiply } from '../model/rational';
import type { UnitPlan } from './unit-plan';

const HUNDRED = fromNumber(100);

/** The value in the catalogue's unit under a unit plan (unchanged when the plan is not a conversion). */
export function inCatalogueUnit(value: Decimal, units: UnitPlan): Decimal {
  if (units.kind !== 'convert') return value;
  const c = convertUnit(value, units.from, units.to);
  return c.kind === 'converted' ? c.value : value;
}

/** Turns a parsed actual cell into an exact value in the catalogue's unit, or null when it holds none (the rules say why). */
export function readActual(parsed: ParsedValue, units: UnitPlan, percentUnit: boolean): ActualValue | null {
  switch (parsed.kind) {
    case 'blank':
    case 'error':
    case 'text':
      return null;
    case 'milestone':
      return { kind: 'milestone', done: parsed.done };
    case 'number':
      return { kind: 'number', value: fromDecimal(inCatalogueUnit(parsed.value, units)) };
    case 'fraction': {
      if (isZeroDecimal(parsed.denominator)) return null;
      if (!percentUnit) return { kind: 'number', value: fromDecimal(inCatalogueUnit(parsed.numerator, units)) };
      const share = divide(fromDecimal(parsed.numerator), fromDecimal(parsed.denominator));
      return share && { kind: 'number', value: multiply(HUNDRED, share) };
    }
  }
}

/** The denominator of a fraction actual `a/b` in the catalogue's unit (none for a percentage, where a/b is a share). */
export function fractionDenominator(parsed: ParsedValue, units: UnitPlan, percentUnit: boolean): Decimal | null {
  if (parsed.kind !== 'fraction' || percentUnit || isZeroDecimal(parsed.denominator)) return null;
  return inCatalogueUnit(parsed.denominator, units);
}
