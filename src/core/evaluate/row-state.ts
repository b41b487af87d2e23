import type { ActualValue, TargetValue } from '../model/achievement';
import type { CatalogueEntry } from '../model/catalogue';
import type { Band, ColumnKind, Decimal, Direction, NumberStyle } from '../model/model';
import type { Rational } from '../model/rational';
import type { IssuePlace, RowCheck } from '../rules/rule';
import type { DataRow } from '../table/read-data-sheet';
import type { UnitPlan } from '../values/unit-plan';

const SAME: UnitPlan = { kind: 'same' };

/** The row check of a run: one object, reset for each assessed row, so that checking a row allocates nothing. */
export class RowState implements RowCheck {
  entry!: CatalogueEntry;
  row!: DataRow;
  units: UnitPlan = SAME;
  rowTarget: TargetValue | null | undefined = undefined;
  target: TargetValue | null = null;
  targetText = '';
  targetUnreadable = false;
  actual: ActualValue | null = null;
  fractionTarget: TargetValue | null = null;
  fractionDenominator: Decimal | null = null;
  percentUnit = false;
  assessedTarget: TargetValue | null = null;
  direction: Direction = 'increase';
  baseline: Rational | null = null;
  rate: Rational | null = null;
  baselineRate: Rational | null = null;
  band: Band = 'unassessed';
  overrideBand: Band | undefined = undefined;

  /** Starts the row checks of a run in a number style. */
  constructor(readonly style: NumberStyle) {}

  /** Resets the state for a row matched to an entry, with its unit plan. */
  start(entry: CatalogueEntry, row: DataRow, units: UnitPlan, percentUnit: boolean): void {
    this.entry = entry;
    this.row = row;
    this.units = units;
    this.percentUnit = percentUnit;
    this.rowTarget = undefined;
    this.target = entry.targetValue;
    this.targetText = entry.targetText;
    this.targetUnreadable = false;
    this.actual = null;
    this.fractionTarget = null;
    this.fractionDenominator = null;
    this.assessedTarget = null;
    this.direction = entry.direction;
    this.baseline = null;
    this.rate = null;
    this.baselineRate = null;
    this.band = 'unassessed';
    this.overrideBand = undefined;
  }

  /** The place of an issue about one of the row's columns (the actual cell when the sheet lacks that column). */
  place(kind: ColumnKind): IssuePlace {
    return { sheet: this.row.sheet, cell: this.row.address(kind) ?? (this.row.address('actual') as string), code: this.entry.code };
  }
}
