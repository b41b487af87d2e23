import type { ActualValue, TargetValue } from '../model/achievement';
import { achievementBand, achievementRate } from '../model/achievement';
import type { CatalogueEntry } from '../model/catalogue';
import type { Band, Issue, NumberStyle, ParsedValue, Thresholds } from '../model/model';
import type { Rational } from '../model/rational';
import { parseBandLabel } from '../parse/band-label';
import { normalizeUnit } from '../parse/units';
import { parseCellValue } from '../parse/value';
import { assessRelative, relativeDirection, relativeLevel } from '../model/relative';
import type { CellState } from '../rules/cell-state';
import { isNumberForMilestone } from '../rules/not-a-number';
import { ROW_RULES, UNITS_RULES } from '../rules/registry';
import { cellText } from '../table/cell-text';
import type { DataRow } from '../table/read-data-sheet';
import { toNfc } from '../text/normalize';
import { baselineOf, baselineRateOf } from '../values/baseline';
import { numericCellActual, numericCellEquals } from '../values/numeric-cell';
import { fractionDenominator, readActual } from '../values/read-actual';
import type { TargetReadings } from '../values/read-target';
import { plainNumberReading, readTargetCell } from '../values/read-target';
import type { IndicatorResult } from './result';
import { flagOf } from './result';
import type { RowState } from './row-state';
import { convertTarget, targetValueOf } from '../values/target-value';
import { unitPlan } from '../values/unit-plan';

/** Settings an assessment needs, and the row and cell checks it reuses. */
export interface AssessContext {
  readonly style: NumberStyle;
  readonly thresholds: Thresholds;
  /** Readings of the text targets of this run. */
  readonly targets: TargetReadings;
  readonly rowState: RowState;
  readonly cellState: CellState;
}

/**
 * Assesses one matched data row against its catalogue entry (unit, target, actual, rate, band, override), running
 * the rules of the registry at each stage (units, the target cell, the actual cell, the assessed row) into `issues`.
 */
export function assessRow(entry: CatalogueEntry, row: DataRow, ctx: AssessContext, issues: Issue[]): IndicatorResult {
  const state = ctx.rowState;
  const units = unitPlan(entry.unit, row.unit);
  const percentUnit = isPercentUnit(entry.unit ?? row.unit);
  state.start(entry, row, units, percentUnit);
  for (let i = 0; i < UNITS_RULES.length; i++) UNITS_RULES[i].check(state, issues);
  if (row.has('target')) readRowTarget(state, ctx, issues);

  const actualCell = row.cell('actual');
  const fast = units.kind === 'same' ? numericCellActual(actualCell) : null;
  let parsed: ParsedValue | null = null;
  let read: ActualValue | null;
  if (fast) read = fast;
  else {
    parsed = parseCellValue(actualCell, ctx.style);
    read = readActual(parsed, units, percentUnit);
    const denominator = fractionDenominator(parsed, units, percentUnit);
    if (denominator) {
      state.fractionDenominator = denominator;
      state.fractionTarget = targetValueOf({ kind: 'point', value: denominator });
    }
  }
  state.actual = units.kind === 'mismatch' ? null : read;
  ctx.cellState.checkRowCell(state, 'actual', actualCell, parsed, null, issues);
  if (state.fractionTarget && !state.target) {
    state.target = state.fractionTarget;
    state.targetText = cellText(actualCell).split('/')[1]?.trim() ?? '';
  }
  if (isNumberForMilestone(state)) state.actual = null;

  const actual = state.actual;
  const baseline = baselineOf(entry, row, units, ctx.style);
  let targetValue = state.target;
  let direction = entry.direction;
  let rate: Rational | null = null;
  let band: Band = 'unassessed';
  if (targetValue?.kind === 'relative') {
    direction = relativeDirection(targetValue);
    const relative = baseline && actual ? assessRelative(actual, targetValue, baseline, percentUnit, ctx.thresholds) : null;
    if (relative) ({ rate, band } = relative);
    targetValue = baseline ? { kind: 'value', value: relative?.level ?? relativeLevel(targetValue, baseline, percentUnit) } : null;
  } else if (actual && targetValue) {
    rate = achievementRate(actual, targetValue, direction);
    band = achievementBand(actual, targetValue, direction, rate, ctx.thresholds);
  }
  const baselineRate = baselineRateOf(actual, baseline);
  const overrideBand = row.override ? parseBandLabel(row.override) : undefined;
  state.assessedTarget = targetValue;
  state.direction = direction;
  state.baseline = baseline;
  state.rate = rate;
  state.baselineRate = baselineRate;
  state.band = band;
  state.overrideBand = overrideBand;
  for (let i = 0; i < ROW_RULES.length; i++) ROW_RULES[i].check(state, issues);
  const override = overrideBand && row.reason ? overrideBand : null;

  return {
    entry,
    row,
    field: entry.field ?? (toNfc(cellText(row.cell('field'))) || row.groupField),
    unit: entry.unit ?? (row.unit && toNfc(row.unit)),
    actual,
    target: targetValue,
    targetText: state.targetText,
    rate,
    band,
    override,
    flag: flagOf(override ?? band),
    // Always present (undefined unless a relative target's verb changed it), so every result has one object shape.
    direction: direction === entry.direction ? undefined : direction,
    baseline,
    baselineRate,
    reason: override ? row.reason : null,
  };
}

/** True when a unit is a percentage (a fraction `a/b` then means 100·a/b). */
const isPercentUnit = (unit: string | null): boolean => unit !== null && normalizeUnit(unit) === '%';

/**
 * Reads the row's own target in the catalogue's unit (null when unreadable, undefined when none), checks the target
 * cell, and takes the row's target when the catalogue gives none.
 */
function readRowTarget(state: RowState, ctx: AssessContext, issues: Issue[]): void {
  const { units } = state;
  const cell = state.row.cell('target');
  const catalogueTarget = state.target;
  if (units.kind !== 'convert' && catalogueTarget?.kind === 'value' && numericCellEquals(cell, catalogueTarget.value)) {
    // The row repeats the catalogue's number, the common case: its target is the catalogue's, read as a plain number.
    state.rowTarget = catalogueTarget;
    ctx.cellState.checkRowCell(state, 'target', cell, null, plainNumberReading(catalogueTarget), issues);
    return;
  }
  const read = readTargetCell(cell, ctx.style, ctx.targets, units.kind !== 'convert');
  let rowTarget: TargetValue | null | undefined;
  if (read.unreadable) rowTarget = null;
  else if (units.kind !== 'convert') rowTarget = read.value ?? undefined;
  else {
    const converted = read.target && convertTarget(read.target, units.from, units.to);
    rowTarget = converted ? targetValueOf(converted) : undefined;
  }
  state.rowTarget = rowTarget;
  ctx.cellState.checkRowCell(state, 'target', cell, null, read, issues);
  state.targetUnreadable = rowTarget === null && !state.target;
  if (rowTarget && !state.target) {
    state.target = rowTarget;
    state.targetText = cellText(cell);
  }
}
