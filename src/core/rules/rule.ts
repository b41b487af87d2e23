import type { Band, ColumnKind, Decimal, Direction, Issue, NumberStyle, ParsedValue, RawCell, RuleId, Severity, SheetData } from '../model/model';
import type { ActualValue, TargetValue } from '../model/achievement';
import type { CatalogueEntry } from '../model/catalogue';
import type { ConsolidatedUnit, UnitCheck } from '../model/consolidated';
import type { TargetReading } from '../values/read-target';
import type { UnitPlan } from '../values/unit-plan';
import type { Rational } from '../model/rational';
import type { DataRow, PartRow } from '../table/read-data-sheet';

/**
 * The moments of a run at which rules are checked: a data sheet read, a catalogue row read, a data row matched,
 * a matched row's unit compared with the catalogue's, one cell read (a target, an actual or a breakdown part),
 * a data row assessed, a part compared with its total, the catalogue's scope covered, a unit's file consolidated.
 */
export type RuleStage = 'sheet' | 'catalogue' | 'match' | 'units' | 'cell' | 'row' | 'part' | 'scope' | 'consolidation';

/** Where an issue points: the sheet, the A1 cell and the indicator code when known. */
export interface IssuePlace {
  readonly sheet: string;
  readonly cell: string;
  readonly code: string | null;
}

/** A data sheet once read: its header (null when none was found) and a table left below its footer. */
export interface SheetCheck {
  readonly sheet: SheetData;
  readonly headerFound: boolean;
  /** 0-based row of a table below the footer that was not read, or null. */
  readonly tableBelow: number | null;
  /** 0-based row of the footer above such a table, or null. */
  readonly footerRow: number | null;
}

/** A catalogue row being read; `target` is null until its identity is accepted and its target is read. */
export interface CatalogueRowCheck {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly rowIndex: number;
  readonly codeColumn: number;
  readonly code: string;
  readonly name: string;
  /** 1-based row of an earlier entry with the same code, or null. */
  readonly firstRow: number | null;
  readonly target: TargetReading | null;
  readonly targetColumn: number | undefined;
  readonly targetText: string;
  readonly directionInvalid: boolean;
  readonly directionColumn: number | undefined;
  readonly directionText: string;
}

/** A data row matched (or not) to the catalogue. */
export interface MatchCheck {
  readonly row: DataRow;
  readonly entry: CatalogueEntry | undefined;
  /** True when the entry was found by a near name (SPEC §2.3). */
  readonly near: boolean;
  /** The row that already gave this entry its result (a duplicate), or null. */
  readonly first: DataRow | null;
  /** The closest known codes or names, for an unknown row (searched only when asked). */
  suggestion(): string | undefined;
}

/** A data row during its assessment (one reused object per run): what was read and decided so far. */
export interface RowCheck {
  readonly entry: CatalogueEntry;
  readonly row: DataRow;
  readonly style: NumberStyle;
  readonly units: UnitPlan;
  /** The row's own target in the catalogue's unit: null when unreadable, undefined when none. */
  readonly rowTarget: TargetValue | null | undefined;
  /** The target in use: the catalogue's, else the row's, else a fraction's denominator. */
  readonly target: TargetValue | null;
  readonly targetText: string;
  /** True when the row's own target is unreadable and the catalogue gives none. */
  readonly targetUnreadable: boolean;
  /** The exact actual (null when unreadable, or when its unit cannot be converted). */
  readonly actual: ActualValue | null;
  /** The denominator of a fraction actual `a/b` in the catalogue's unit, and the target it stands for. */
  readonly fractionTarget: TargetValue | null;
  readonly fractionDenominator: Decimal | null;
  /** True when the indicator's unit is a percentage (a fraction `a/b` then means 100·a/b). */
  readonly percentUnit: boolean;
  /** The target the row was assessed against (a relative target's level), its direction, rates and band. */
  readonly assessedTarget: TargetValue | null;
  readonly direction: Direction;
  readonly baseline: Rational | null;
  readonly rate: Rational | null;
  readonly baselineRate: Rational | null;
  readonly band: Band;
  /** The band of a stated override ("Đánh giá điều chỉnh"), or undefined when there is none. */
  readonly overrideBand: Band | undefined;
  /** The place of an issue about one of the row's columns (the actual cell when the sheet lacks that column). */
  place(kind: ColumnKind): IssuePlace;
}

/** Which cell a cell check is about. */
export type CellRole = 'catalogue-target' | 'target' | 'actual' | 'part';

/** One cell read (one reused object per run): its role, its raw value and what parsing it gave. */
export interface CellCheck {
  readonly role: CellRole;
  readonly cell: RawCell | undefined;
  readonly style: NumberStyle;
  /** The parsed actual or part value; null for a target cell or a plain number read on the fast path. */
  readonly parsed: ParsedValue | null;
  /** The reading of a target cell; null for an actual or part cell. */
  readonly target: TargetReading | null;
  /** The row being assessed, for a row's target or actual cell; null otherwise. */
  readonly row: RowCheck | null;
  /** The place of an issue about the cell itself. */
  place(): IssuePlace;
  /** The place of an issue about another column of the cell's row (the cell itself outside a data row). */
  placeAt(kind: ColumnKind): IssuePlace;
}

/** A breakdown part with a number, compared with its indicator's actual. */
export interface PartCheck {
  readonly row: DataRow;
  readonly part: PartRow;
  readonly code: string | null;
  readonly actual: Rational;
  /** The indicator's actual, or null when it has none (or the part is not comparable). */
  readonly total: Rational | null;
}

/** One unit's file offered to a consolidation, with the unit already added under the same name (if any). */
export interface UnitFileCheck {
  readonly file: UnitCheck;
  readonly kept: ConsolidatedUnit | undefined;
}

/** The check function of each stage: it decides whether the rule's issue is raised, adding it to `issues`. */
export interface StageCheck {
  sheet: (sheet: SheetCheck, issues: Issue[]) => void;
  catalogue: (row: CatalogueRowCheck, issues: Issue[]) => void;
  match: (match: MatchCheck, issues: Issue[]) => void;
  units: (row: RowCheck, issues: Issue[]) => void;
  cell: (cell: CellCheck, issues: Issue[]) => void;
  row: (row: RowCheck, issues: Issue[]) => void;
  part: (part: PartCheck, issues: Issue[]) => void;
  scope: (entry: CatalogueEntry, assessed: boolean, issues: Issue[]) => void;
  consolidation: (unit: UnitFileCheck, issues: Issue[]) => void;
}

/** One validation rule of SPEC §6: its id, severity, the stage it runs at, its message and its check. */
export interface RuleDefinition<S extends RuleStage = RuleStage> {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly stage: S;
  /** The key of its message in the dictionaries' `rules` (src/core/i18n), rendered from the issue's params. */
  readonly message: RuleId;
  readonly check: StageCheck[S];
}

/** Builds an issue of a rule at a place, with the parameters its message needs. */
export function makeIssue(rule: RuleDefinition, place: IssuePlace, params: Record<string, string | number>): Issue {
  return { rule: rule.id, severity: rule.severity, sheet: place.sheet, cell: place.cell, code: place.code, params };
}
