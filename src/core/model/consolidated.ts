/** The consolidated report of many units (SPEC §10, JSON schemaVersion 1) and what each unit hands in. */
import type { CatalogueSource, IndicatorReport, IssueReport } from './api';
import type { Band, Thresholds } from './model';

/** Why an indicator gets no total over units. */
export type NoTotalReason = 'rate' | 'per-unit' | 'index' | 'average' | 'milestone' | 'unknown-unit' | 'no-unit';

/** What consolidation keeps of one indicator of a unit's check: its identity, scale, value and band. */
export type UnitIndicator = Pick<IndicatorReport, 'code' | 'name' | 'unit' | 'direction' | 'target' | 'actual' | 'band' | 'override'>;

/**
 * What consolidation keeps of a unit's check report: plain data only, so a host may check units elsewhere (a worker
 * thread) and hand this over as it is.
 */
export interface UnitReport {
  readonly issues: readonly IssueReport[];
  readonly catalogue: CatalogueSource;
  readonly indicators: readonly UnitIndicator[];
}

/** One unit's file after its check: what its report says, or why it could not be consolidated. */
export type UnitCheck =
  | { readonly file: string; readonly name: string; readonly report: UnitReport }
  | { readonly file: string; readonly name: string; readonly unreadable: string };

/** A data row of a unit that matched no catalogue indicator. */
export interface UnmatchedRow {
  readonly sheet: string;
  readonly cell: string;
  readonly code: string | null;
  readonly message: string;
}

/** One unit of the consolidated report; the first four fields are SPEC §10's, the rest say what is incomplete. */
export interface ConsolidatedUnit {
  readonly name: string;
  readonly file: string;
  readonly errors: number;
  readonly warnings: number;
  /** `submitted` when consolidated, `unreadable` when its file could not be read ("không đọc được"). */
  readonly status: 'submitted' | 'unreadable';
  /** Why the file could not be read (unreadable units only). */
  readonly reason: string | null;
  /** Codes of catalogue indicators the unit left blank. */
  readonly blank: readonly string[];
  /** Codes of catalogue indicators the unit has no row for. */
  readonly missing: readonly string[];
  readonly unmatched: readonly UnmatchedRow[];
}

/** One issue of a unit's check (or of the consolidation itself), tagged with the unit. */
export interface UnitIssue extends IssueReport {
  readonly unit: string;
  readonly file: string;
}

/** One indicator over all units; the first twelve fields are SPEC §10's. */
export interface ConsolidatedIndicator {
  readonly code: string | null;
  readonly name: string;
  readonly unit: string | null;
  readonly additive: boolean;
  /** Sum over units in `unit`; null when not additive or when no unit gave a value. */
  readonly total: number | null;
  readonly target: IndicatorReport['target'];
  readonly rate: number | null;
  /** Band of the total against the target (SPEC §5); null when not additive. */
  readonly band: Band | null;
  /** Each consolidated unit's actual in `unit` (null when blank, missing, not numeric or not convertible). */
  readonly values: Readonly<Record<string, number | null>>;
  readonly min: number | null;
  readonly max: number | null;
  readonly median: number | null;
  /** Why there is no total (null when additive). */
  readonly noTotalReason: NoTotalReason | null;
  /** Each unit's band that counts (override or computed). */
  readonly bands: Readonly<Record<string, Band>>;
  /** Units whose value was left out because its unit cannot be converted to `unit`. */
  readonly unconverted: readonly string[];
}

/** A second file of a unit already consolidated: not added. */
export interface DuplicateUnit {
  readonly name: string;
  readonly file: string;
  readonly keptFile: string;
}

/** The consolidated report (SPEC §10), schemaVersion 1. */
export interface ConsolidatedReport {
  readonly schemaVersion: 1;
  readonly units: readonly ConsolidatedUnit[];
  readonly missingUnits: readonly string[];
  readonly indicators: readonly ConsolidatedIndicator[];
  readonly thresholds: Thresholds;
  /** Number of units expected (from the unit list), or null without one. */
  readonly expectedUnits: number | null;
  /** Submitted units that are not on the expected list. */
  readonly unexpectedUnits: readonly string[];
  readonly duplicates: readonly DuplicateUnit[];
  readonly issues: readonly UnitIssue[];
  /** Issues of the shared catalogue (`--catalogue`), reported once rather than with every unit. */
  readonly catalogueIssues: readonly IssueReport[];
  /** The completeness sentence ("28/31 đơn vị đã nộp; 3 đơn vị chưa nộp: …"). */
  readonly completeness: string;
}

