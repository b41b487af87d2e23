/**
 * One indicator gathered over units: each unit's value converted to one unit (SPEC §4), then the total,
 * its rate and band against the target (SPEC §5, the engine's own `assess`) and the spread over units.
 */
import type { TargetValue } from '../model/achievement';
import { assess } from '../model/achievement';
import type { Band, Decimal, Direction, Thresholds } from '../model/model';
import { decimalFromNumber, decimalToNumber } from '../parse/decimal';
import { convertUnit } from '../parse/units';
import { fromDecimal, toNumber } from '../model/rational';
import { classifyIndicator } from './additive';
import { spread, sumExactly } from './stats';
import type { ConsolidatedIndicator, UnitIndicator } from '../model/consolidated';

/** What is kept of one indicator while units are read (values only, never whole reports). */
export class IndicatorSum {
  readonly unit: string | null;
  private readonly direction: Direction;
  private target: UnitIndicator['target'];
  private targetAgreed = true;
  /** Each unit's value in this indicator's unit, as the double its decimal reads back to, by the unit's place among the submitted. */
  private readonly values: Array<number | null | undefined> = [];
  /** Each unit's band that counts, by the unit's place among the submitted. */
  private readonly bands: Array<Band | undefined> = [];
  private readonly unconverted: string[] = [];
  /** Each unit's own plan in this indicator's unit, when forms carry their own targets (null once one is unusable). */
  private unitTargets: number[] | null = [];

  /** Starts from the first unit that reports the indicator: its unit, direction and target set the scale. */
  constructor(
    readonly code: string | null,
    readonly name: string,
    first: UnitIndicator,
    /** True when each unit's form is its own catalogue (SPEC §2.2): the plans are the units' own, to be added up. */
    private readonly ownPlans = false,
  ) {
    this.unit = first.unit;
    this.direction = first.direction;
    this.target = first.target;
  }

  /**
   * Adds one unit's entry: its value converted to this indicator's unit, and its band that counts. `slot` is the
   * unit's place among the submitted units, the order `result` is later given their names in.
   */
  add(unitName: string, slot: number, report: UnitIndicator): void {
    this.bands[slot] = report.override ?? report.band;
    this.agreeOnTarget(report);
    this.addPlan(report);
    if (report.actual === null) {
      this.values[slot] = null;
      return;
    }
    if (!this.unit || !report.unit || report.unit === this.unit) {
      this.values[slot] = report.actual;
      return;
    }
    const conversion = convertUnit(decimalFromNumber(report.actual), report.unit, this.unit);
    if (conversion.kind === 'incompatible') this.unconverted.push(unitName);
    this.values[slot] = conversion.kind === 'same' ? report.actual : conversion.kind === 'converted' ? decimalToNumber(conversion.value) : null;
  }

  /** Keeps a unit's own plan, converted to this indicator's unit; a unit without a numeric plan leaves no planned total. */
  private addPlan(report: UnitIndicator): void {
    if (!this.ownPlans || this.unitTargets === null) return;
    const plan = typeof report.target === 'number' ? report.target : null;
    const converted = plan === null ? null : !this.unit || !report.unit || report.unit === this.unit ? plan : convertedNumber(plan, report.unit, this.unit);
    if (converted === null) this.unitTargets = null;
    else this.unitTargets.push(converted);
  }

  /** The target counts only while every unit that states one states the same one in the same unit. */
  private agreeOnTarget(report: UnitIndicator): void {
    if (report.target === null) return;
    if (this.target === null && this.targetAgreed) this.target = report.target;
    else if (!sameTarget(report.target, this.target) || report.unit !== this.unit) this.targetAgreed = false;
  }

  /** The indicator's consolidated entry, with a value (or null) for every consolidated unit; `unitNames` in slot order. */
  result(unitNames: readonly string[], thresholds: Thresholds): ConsolidatedIndicator {
    const kind = classifyIndicator(this.unit, this.name, (this.targetAgreed ? this.target : null) === 'milestone');
    // Units' own plans add up like their actuals (the district's plan is the sum of the communes' plans).
    const planned = this.ownPlans && kind.additive ? (this.unitTargets?.length ? decimalToNumber(sumExactly(this.unitTargets)) : null) : undefined;
    const target = planned !== undefined ? planned : this.targetAgreed ? this.target : null;
    const values: Record<string, number | null> = {};
    const bands: Record<string, Band> = {};
    const numbers: number[] = [];
    for (let slot = 0; slot < unitNames.length; slot++) {
      const name = unitNames[slot];
      const v = this.values[slot] ?? null;
      values[name] = v;
      if (v !== null) numbers.push(v);
      bands[name] = this.bands[slot] ?? 'unassessed';
    }
    const stats = spread(numbers);
    const total = kind.additive && numbers.length > 0 ? sumExactly(numbers) : null;
    const achievement = kind.additive ? totalAchievement(total, target, this.direction, thresholds) : null;
    return {
      code: this.code,
      name: this.name,
      unit: this.unit,
      additive: kind.additive,
      total: total === null ? null : decimalToNumber(total),
      target,
      rate: achievement?.rate ?? null,
      band: achievement?.band ?? null,
      values,
      min: stats?.min ?? null,
      max: stats?.max ?? null,
      median: stats?.median ?? null,
      noTotalReason: kind.additive ? null : kind.reason,
      bands,
      unconverted: [...this.unconverted],
    };
  }
}

/** A value converted between units, or null when the units do not convert. */
function convertedNumber(value: number, from: string, to: string): number | null {
  const conversion = convertUnit(decimalFromNumber(value), from, to);
  return conversion.kind === 'same' ? value : conversion.kind === 'converted' ? decimalToNumber(conversion.value) : null;
}

/** True when two report targets are the same (numbers, ranges or milestones). */
function sameTarget(a: UnitIndicator['target'], b: UnitIndicator['target']): boolean {
  if (a === b) return true;
  return typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && a.min === b.min && a.max === b.max;
}

/** The target of the report as exact values, or null when there is none to assess against. */
function targetValue(target: UnitIndicator['target']): TargetValue | null {
  if (target === null || target === 'milestone') return null;
  const exact = (n: number) => fromDecimal(decimalFromNumber(n));
  return typeof target === 'number' ? { kind: 'value', value: exact(target) } : { kind: 'range', min: exact(target.min), max: exact(target.max) };
}

/** Rate and band of the total against the target, exactly as SPEC §5; unassessed without a total or a target. */
function totalAchievement(total: Decimal | null, target: UnitIndicator['target'], direction: Direction, thresholds: Thresholds): { rate: number | null; band: Band } {
  const goal = targetValue(target);
  if (total === null || goal === null) return { rate: null, band: 'unassessed' };
  const { rate, band } = assess({ kind: 'number', value: fromDecimal(total) }, goal, direction, thresholds);
  return { rate: rate ? toNumber(rate) : null, band };
}
