import type { ActualValue } from '../achievement';
import type { Decimal, NumberStyle, ParsedValue, RawCell, RuleId } from '../model';
import { cellText } from '../table/cell-text';
import { isZeroDecimal } from '../parse/decimal';
import { ambiguityParams } from './ambiguity';
import { convertUnit } from '../parse/units';
import { divide, fromDecimal, fromNumber, multiply } from '../rational';
import type { UnitPlan } from './unit-plan';

/** What reading an actual cell gave: the value (or null), a fraction's denominator, and rule findings. */
export interface ActualReading {
  readonly actual: ActualValue | null;
  readonly denominator: Decimal | null;
  readonly issues: readonly Finding[];
}

/** A rule finding before it is placed on a cell. */
export interface Finding {
  readonly rule: RuleId;
  readonly params: Record<string, string | number>;
}

const NONE: readonly Finding[] = [];

/** The value in the catalogue's unit under a unit plan (unchanged when the plan is not a conversion). */
function inCatalogueUnit(value: Decimal, units: UnitPlan): Decimal {
  if (units.kind !== 'convert') return value;
  const c = convertUnit(value, units.from, units.to);
  return c.kind === 'converted' ? c.value : value;
}

/** Turns a parsed actual cell into an exact value in the catalogue's unit, with the rules it triggers. */
export function readActual(parsed: ParsedValue, cell: RawCell | undefined, units: UnitPlan, percentUnit: boolean, style: NumberStyle): ActualReading {
  const converted = units.kind === 'convert' ? { from: units.from, to: units.to } : null;
  switch (parsed.kind) {
    case 'blank':
      return { actual: null, denominator: null, issues: [{ rule: 'empty-actual', params: {} }] };
    case 'error':
      return { actual: null, denominator: null, issues: [{ rule: 'formula-error', params: { value: parsed.code } }] };
    case 'text':
      return { actual: null, denominator: null, issues: [{ rule: 'not-a-number', params: { value: parsed.text } }] };
    case 'milestone':
      return { actual: { kind: 'milestone', done: parsed.done }, denominator: null, issues: NONE };
    case 'number': {
      const actual: ActualValue = { kind: 'number', value: fromDecimal(inCatalogueUnit(parsed.value, units)) };
      if (!parsed.ambiguous && !converted) return { actual, denominator: null, issues: NONE };
      const issues: Finding[] = [];
      if (parsed.ambiguous) issues.push({ rule: 'ambiguous-number', params: ambiguityParams(cellText(cell), parsed.value, style) });
      if (converted) issues.push({ rule: 'unit-converted', params: converted });
      return { actual, denominator: null, issues };
    }
    case 'fraction': {
      if (isZeroDecimal(parsed.denominator)) return { actual: null, denominator: null, issues: [{ rule: 'not-a-number', params: { value: cellText(cell) } }] };
      if (percentUnit) {
        const share = divide(fromDecimal(parsed.numerator), fromDecimal(parsed.denominator));
        return { actual: share && { kind: 'number', value: multiply(fromNumber(100), share) }, denominator: null, issues: NONE };
      }
      const numerator = inCatalogueUnit(parsed.numerator, units);
      const issues: Finding[] = converted ? [{ rule: 'unit-converted', params: converted }] : [];
      return { actual: { kind: 'number', value: fromDecimal(numerator) }, denominator: inCatalogueUnit(parsed.denominator, units), issues };
    }
  }
}
