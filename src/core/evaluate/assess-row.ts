import type { Achievement, ActualValue, TargetValue } from '../achievement';
import { assess } from '../achievement';
import type { CatalogueEntry } from '../catalogue/read-catalogue';
import type { Issue, NumberStyle, Thresholds } from '../model';
import { parseBandLabel } from '../parse/band-label';
import type { TargetParse } from '../parse/target';
import { normalizeUnit } from '../parse/units';
import { parseCellValue } from '../parse/value';
import type { Rational } from '../rational';
import { fromDecimal, toNumber } from '../rational';
import { checkAssessmentMismatch } from '../rules/assessment-mismatch';
import { checkMagnitude } from '../rules/magnitude';
import { checkStatedRates } from '../rules/rate-mismatch';
import { assessRelative, relativeDirection, relativeLevel } from '../relative';
import { baselineOf, baselineRateOf } from './baseline';
import type { PlaceOf } from '../rules/severity';
import { makeIssue } from '../rules/severity';
import { cellText } from '../table/cell-text';
import { toNfc } from '../text/normalize';
import type { DataRow } from '../table/read-data-sheet';
import { numericCellRational } from './numeric-cell';
import type { ActualReading } from './read-actual';
import { readActual } from './read-actual';
import { readTargetCell } from './read-target';
import type { IndicatorResult } from './result';
import { flagOf } from './result';
import type { UnitPlan } from './unit-plan';
import { unitPlan } from './unit-plan';
import { convertTarget, referenceOf, sameTarget, targetValueOf } from './target-value';

/** Settings an assessment needs. */
export interface AssessContext {
  readonly style: NumberStyle;
  readonly thresholds: Thresholds;
  /** Parsed text targets of this run (see cachedTarget). */
  readonly targets: Map<string, TargetParse>;
}

/** Assesses one matched data row against its catalogue entry (target, unit, actual, rate, band, override), adding its issues to `issues`. */
export function assessRow(entry: CatalogueEntry, row: DataRow, ctx: AssessContext, issues: Issue[]): IndicatorResult {
  const at: PlaceOf = (kind) => ({ sheet: row.sheet, cell: row.address(kind) ?? (row.address('actual') as string), code: entry.code });
  const units = unitPlan(entry.unit, row.unit);
  if (units.kind === 'mismatch') issues.push(makeIssue('unit-mismatch', at('unit'), { from: row.unit ?? '', to: entry.unit ?? '' }));

  let targetValue: TargetValue | null = entry.targetValue;
  let targetText = entry.targetText;
  let targetUnreadable = false;
  if (row.has('target')) {
    const rowTarget = readRowTarget(row, units, ctx, at, issues);
    targetUnreadable = rowTarget === null && !targetValue;
    if (rowTarget && !targetValue) {
      targetValue = rowTarget;
      targetText = cellText(row.cell('target'));
    } else if (rowTarget && targetValue && !sameTarget(rowTarget, targetValue)) {
      issues.push(makeIssue('target-mismatch', at('target'), { rowTarget: cellText(row.cell('target')), catalogueTarget: entry.targetText }));
    }
  }

  const actualCell = row.cell('actual');
  const fast = units.kind === 'same' ? numericCellRational(actualCell) : null;
  const read = fast ? fastReading(fast) : readActual(parseCellValue(actualCell, ctx.style), actualCell, units, isPercentUnit(entry.unit ?? row.unit), ctx.style);
  for (const issue of read.issues) issues.push(makeIssue(issue.rule, at(issue.rule === 'unit-converted' ? 'unit' : 'actual'), issue.params));
  if (read.denominator) {
    const fromFraction = targetValueOf({ kind: 'point', value: read.denominator });
    if (!targetValue) {
      targetValue = fromFraction;
      targetText = cellText(actualCell).split('/')[1]?.trim() ?? '';
    } else if (targetValue.kind !== 'milestone' && !sameTarget(fromFraction, targetValue)) {
      issues.push(makeIssue('target-mismatch', at('actual'), { rowTarget: toNumber(fromDecimal(read.denominator)), catalogueTarget: entry.targetText }));
    }
  }
  if (!targetValue && !targetUnreadable) issues.push(makeIssue('missing-target', at('target'), {}));

  let actual: ActualValue | null = units.kind === 'mismatch' ? null : read.actual;
  if (actual?.kind === 'number' && targetValue?.kind === 'milestone') {
    issues.push(makeIssue('not-a-number', at('actual'), { value: cellText(actualCell) }));
    actual = null;
  }

  const baseline = baselineOf(entry, row, units, ctx.style);
  const percentUnit = isPercentUnit(entry.unit ?? row.unit);
  let direction = entry.direction;
  let outcome: Achievement = UNASSESSED;
  if (targetValue?.kind === 'relative') {
    direction = relativeDirection(targetValue);
    if (!baseline) issues.push(makeIssue('missing-baseline', at('target'), { target: targetText }));
    const relative = baseline && actual ? assessRelative(actual, targetValue, baseline, percentUnit, ctx.thresholds) : null;
    if (relative) outcome = relative;
    targetValue = baseline ? { kind: 'value', value: relative?.level ?? relativeLevel(targetValue, baseline, percentUnit) } : null;
  } else if (actual && targetValue) {
    outcome = assess(actual, targetValue, direction, ctx.thresholds);
  }
  if (actual?.kind === 'number' && targetValue) {
    const reference = referenceOf(targetValue, direction === 'increase');
    const issue = reference && checkMagnitude(actual.value, reference, at);
    if (issue) issues.push(issue);
  }
  const baselineRate = baselineRateOf(actual, baseline);
  checkStatedRates(row, { plan: outcome.rate, baseline: baselineRate }, ctx.style, at, issues);
  const mismatch = checkAssessmentMismatch(row.assessment, outcome.band, at);
  if (mismatch) issues.push(mismatch);

  let override = null;
  const overrideBand = row.override ? parseBandLabel(row.override) : undefined;
  if (overrideBand && row.reason) override = overrideBand;
  else if (overrideBand) issues.push(makeIssue('override-without-reason', at('override'), { override: row.override ?? '' }));

  return {
    entry,
    row,
    field: entry.field ?? (toNfc(cellText(row.cell('field'))) || row.groupField),
    unit: entry.unit ?? (row.unit && toNfc(row.unit)),
    actual,
    target: targetValue,
    targetText,
    rate: outcome.rate,
    band: outcome.band,
    override,
    flag: flagOf(override ?? outcome.band),
    // Always present (undefined unless a relative target's verb changed it), so every result has one object shape.
    direction: direction === entry.direction ? undefined : direction,
    baseline,
    baselineRate,
    reason: override ? row.reason : null,
  };
}

const UNASSESSED: Achievement = { rate: null, band: 'unassessed' };

/** The reading of a plain numeric actual: no issues, no fraction. */
function fastReading(value: Rational): ActualReading {
  return { actual: { kind: 'number', value }, denominator: null, issues: NO_FINDINGS };
}

const NO_FINDINGS: ActualReading['issues'] = [];

/** True when a unit is a percentage (a fraction `a/b` then means 100·a/b). */
const isPercentUnit = (unit: string | null): boolean => unit !== null && normalizeUnit(unit) === '%';

/**
 * Reads the row's own target as exact values in the catalogue's unit, reporting formula errors, ambiguous numbers
 * and text no target form reads (`not-a-number` on the target cell; null is returned then).
 */
function readRowTarget(row: DataRow, units: UnitPlan, ctx: AssessContext, at: PlaceOf, issues: Issue[]): TargetValue | undefined | null {
  const read = readTargetCell(row.cell('target'), ctx.style, ctx.targets, units.kind !== 'convert');
  for (const finding of read.findings) issues.push(makeIssue(finding.rule, at('target'), finding.params));
  if (read.unreadable) {
    issues.push(makeIssue('not-a-number', at('target'), { value: cellText(row.cell('target')), of: 'target' }));
    return null;
  }
  if (units.kind !== 'convert') return read.value ?? undefined;
  const converted = read.target && convertTarget(read.target, units.from, units.to);
  return converted ? targetValueOf(converted) : undefined;
}
