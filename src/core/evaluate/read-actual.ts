import type { ActualValue } from '../achievement';
import type { Decimal, NumberStyle, ParsedValue, RuleId } from '../model';
import { isZeroDecimal } from '../parse/decimal';
import { ambiguityParams } from './ambiguity';
import { convertUnit } from '../parse/units';
import { divide, fromDecimal, fromNumber, multiply } from '../rational';
import type { UnitPlan } from './unit-plan';

/** What reading an actual cell gave: the value (or null), a fraction's denominator, and rule findings. */
export interface ActualReading {
  readonly actual: ActualValue | null;
  readonly denominator: Decimal | null;
  readonly issues: ReadonlyArray<{ readonly rule: RuleId; readonly params: Record<string, string | number> }>;
}

/** How to read the actual of one row. */
export interface ActualContext {
  readonly units: UnitPlan;
  /** True when the indicator is measured in percent (a fraction `a/b` then means 100·a/b). */
  readonly percentUnit: boolean;
  readonly style: NumberStyle;
}

/** The value in the catalogue's unit under a unit plan (unchanged when the plan is not a conversion). */
function inCatalogueUnit(value: Decimal, units: UnitPlan): Decimal {
  if (units.kind !== 'convert') return value;
  const c = convertUnit(value, units.from, units.to);
  return c.kind === 'converted' ? c.value : value;
}

/** Turns a parsed actual cell into an exact value in the catalogue's unit, with the rules it triggers. */
export function readActual(parsed: ParsedValue, text: string, ctx: ActualContext): ActualReading {
  const issues: Array<{ rule: RuleId; params: Record<string, string | number> }> = [];
  const converted = ctx.units.kind === 'convert' ? { from: ctx.units.from, to: ctx.units.to } : null;
  switch (parsed.kind) {
    case 'blank':
      return { actual: null, denominator: null, issues: [{ rule: 'empty-actual', params: {} }] };
    case 'error':
      return { actual: null, denominator: null, issues: [{ rule: 'formula-error', params: { value: parsed.code } }] };
    case 'text':
      return { actual: null, denominator: null, issues: [{ rule: 'not-a-number', params: { value: parsed.text } }] };
    case 'milestone':
      return { actual: { kind: 'milestone', done: parsed.done }, denominator: null, issues };
    case 'number': {
      if (parsed.ambiguous) {
        issues.push({ rule: 'ambiguous-number', params: ambiguityParams(text, parsed.value, ctx.style) });
      }
      if (converted) issues.push({ rule: 'unit-converted', params: converted });
      return { actual: { kind: 'number', value: fromDecimal(inCatalogueUnit(parsed.value, ctx.units)) }, denominator: null, issues };
    }
    case 'fraction': {
      if (isZeroDecimal(parsed.denominator)) return { actual: null, denominator: null, issues: [{ rule: 'not-a-number', params: { value: text } }] };
      if (ctx.percentUnit) {
        const share = divide(fromDecimal(parsed.numerator), fromDecimal(parsed.denominator));
        return { actual: share && { kind: 'number', value: multiply(fromNumber(100), share) }, denominator: null, issues };
      }
      if (converted) issues.push({ rule: 'unit-converted', params: converted });
      const numerator = inCatalogueUnit(parsed.numerator, ctx.units);
      return { actual: { kind: 'number', value: fromDecimal(numerator) }, denominator: inCatalogueUnit(parsed.denominator, ctx.units), issues };
    }
  }
}
