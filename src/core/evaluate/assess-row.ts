import type { ActualValue } from '../achievement';
import { assess } from '../achievement';
import type { CatalogueEntry } from '../catalogue/read-catalogue';
import type { Issue, NumberStyle, Target, Thresholds } from '../model';
import { parseBandLabel } from '../parse/band-label';
import { parseTarget } from '../parse/target';
import { normalizeUnit } from '../parse/units';
import { parseCellValue } from '../parse/value';
import type { Rational } from '../rational';
import { fromDecimal, toNumber } from '../rational';
import { checkAssessmentMismatch } from '../rules/assessment-mismatch';
import { checkMagnitude } from '../rules/magnitude';
import { checkRateMismatch } from '../rules/rate-mismatch';
import { makeIssue } from '../rules/severity';
import { cellText } from '../table/cell-text';
import type { DataRow } from '../table/read-data-sheet';
import { ambiguityParams, targetNumber } from './ambiguity';
import { readActual } from './read-actual';
import type { IndicatorResult } from './result';
import { flagOf } from './result';
import { unitPlan } from './unit-plan';
import { convertTarget, referenceOf, sameTarget, targetValueOf } from './target-value';

/** Settings an assessment needs. */
export interface AssessContext {
  readonly style: NumberStyle;
  readonly thresholds: Thresholds;
}

/** Assesses one matched data row against its catalogue entry: target, unit, actual, rate, band, override, issues. */
export function assessRow(entry: CatalogueEntry, row: DataRow, ctx: AssessContext): { result: IndicatorResult; issues: Issue[] } {
  const issues: Issue[] = [];
  const at = (cell: string | null | undefined) => ({ sheet: row.sheet, cell: cell ?? row.actual.address, code: entry.code });
  const units = unitPlan(entry.unit, row.unit);
  if (units.kind === 'mismatch') issues.push(makeIssue('unit-mismatch', at(row.unitCell), { from: row.unit ?? '', to: entry.unit ?? '' }));

  let target: Target | null = entry.target;
  let targetText = entry.targetText;
  if (row.target) {
    const parsed = parseTarget(row.target.cell, ctx.style);
    const rowTarget = parsed.ok ? (units.kind === 'convert' ? convertTarget(parsed.target, units.from, units.to) : parsed.target) : undefined;
    if (!parsed.ok && parsed.reason === 'error') {
      issues.push(makeIssue('formula-error', at(row.target.address), { value: parsed.errorCode ?? '#VALUE!' }));
    }
    const ambiguousRead = parsed.ok && parsed.ambiguous ? targetNumber(parsed.target) : null;
    if (ambiguousRead) issues.push(makeIssue('ambiguous-number', at(row.target.address), ambiguityParams(cellText(row.target.cell), ambiguousRead, ctx.style)));
    if (rowTarget && !target) {
      target = rowTarget;
      targetText = cellText(row.target.cell);
    } else if (rowTarget && target && !sameTarget(targetValueOf(rowTarget), targetValueOf(target))) {
      issues.push(makeIssue('target-mismatch', at(row.target.address), { rowTarget: cellText(row.target.cell), catalogueTarget: entry.targetText }));
    }
  }

  const percentUnit = normalizeUnit(entry.unit ?? row.unit ?? '') === '%';
  const read = readActual(parseCellValue(row.actual.cell, ctx.style), cellText(row.actual.cell), { units, percentUnit, style: ctx.style });
  for (const issue of read.issues) issues.push(makeIssue(issue.rule, at(issue.rule === 'unit-converted' ? row.unitCell : row.actual.address), issue.params));
  if (read.denominator) {
    if (!target) {
      target = { kind: 'point', value: read.denominator };
      targetText = cellText(row.actual.cell).split('/')[1]?.trim() ?? '';
    } else if (target.kind !== 'milestone' && !sameTarget(targetValueOf({ kind: 'point', value: read.denominator }), targetValueOf(target))) {
      const rowTarget = toNumber(fromDecimal(read.denominator));
      issues.push(makeIssue('target-mismatch', at(row.actual.address), { rowTarget, catalogueTarget: entry.targetText }));
    }
  }
  if (!target) issues.push(makeIssue('missing-target', at(row.target?.address), {}));

  let actual: ActualValue | null = units.kind === 'mismatch' ? null : read.actual;
  if (actual?.kind === 'number' && target?.kind === 'milestone') {
    issues.push(makeIssue('not-a-number', at(row.actual.address), { value: cellText(row.actual.cell) }));
    actual = null;
  }

  const targetValue = target ? targetValueOf(target) : null;
  const outcome = actual && targetValue ? assess(actual, targetValue, entry.direction, ctx.thresholds) : { rate: null, band: 'unassessed' as const };

  if (actual?.kind === 'number' && targetValue) {
    const reference = referenceOf(targetValue, entry.direction === 'increase');
    const issue = reference && checkMagnitude(actual.value, reference, at(row.actual.address), { actual: toNumber(actual.value), target: toNumber(reference) });
    if (issue) issues.push(issue);
  }
  const stated = statedRate(row, ctx.style);
  if (stated && outcome.rate && row.statedRate) {
    const display = { stated: toNumber(stated), computed: Math.round(toNumber(outcome.rate) * 10) / 10 };
    const issue = checkRateMismatch(stated, outcome.rate, at(row.statedRate.address), display);
    if (issue) issues.push(issue);
  }
  const mismatch = checkAssessmentMismatch(row.assessment, outcome.band, at(row.assessmentCell));
  if (mismatch) issues.push(mismatch);

  let override = null;
  const overrideBand = row.override ? parseBandLabel(row.override) : undefined;
  if (overrideBand && row.reason) override = overrideBand;
  else if (overrideBand) issues.push(makeIssue('override-without-reason', at(row.overrideCell), { override: row.override ?? '' }));

  const result: IndicatorResult = {
    entry,
    row,
    field: entry.field ?? row.groupField,
    unit: entry.unit ?? row.unit,
    actual,
    target: targetValue,
    targetText,
    rate: outcome.rate,
    band: outcome.band,
    override,
    flag: flagOf(override ?? outcome.band),
  };
  return { result, issues };
}

/** The stated rate of a row in percent, when it holds a readable number. */
function statedRate(row: DataRow, style: NumberStyle): Rational | null {
  if (!row.statedRate) return null;
  const parsed = parseCellValue(row.statedRate.cell, style);
  return parsed.kind === 'number' ? fromDecimal(parsed.value) : null;
}
