/**
 * The engine's public surface as the hosts (CLI, Excel add-in) use it: options in, report and
 * rendered sheets out. The JSON report follows SPEC §8 (schemaVersion 1).
 */
import type { Band, Direction, Flag, Lang, NumberStyle, RuleId, Severity, SheetData, Thresholds } from './model';
import type { OwnedRole, SheetFlags, SheetModel } from './sheet-model';

/** What a check run should read and how. */
export interface CheckOptions {
  /** Data sheets to check; default every sheet with a data header (not the catalogue, not owned sheets). */
  readonly dataSheets?: readonly string[];
  /** The catalogue sheet's name in the workbook; default the sheet found by name or shape. */
  readonly catalogueSheet?: string;
  /** A catalogue read from elsewhere (an imported .xlsx or .csv); wins over catalogueSheet. */
  readonly catalogue?: SheetData;
  /** Header text (e.g. "Thực hiện 2024") or column letter of the actual column; default the rightmost. */
  readonly actualColumn?: string;
  readonly lang: Lang;
  readonly thresholds: Thresholds;
  /** Period label shown on the summary ("6 tháng đầu năm 2025"). */
  readonly period?: string;
  readonly numberStyle: NumberStyle;
  /** When the sheets were generated, already formatted for display (the caller owns the clock). */
  readonly generatedAt: string;
}

/** Which outputs a run writes back through the port. */
export interface WriteChoice {
  readonly validation: boolean;
  readonly summary: boolean;
  readonly flags: boolean;
}

/** One indicator of the JSON report (SPEC §8). */
export interface IndicatorReport {
  /** The catalogue code; for a form that is its own catalogue, the row's STT as written, or null (SPEC §2.2). */
  readonly code: string | null;
  readonly name: string;
  readonly field: string | null;
  readonly unit: string | null;
  readonly sheet: string | null;
  readonly row: number | null;
  readonly actual: number | null;
  readonly target: number | { readonly min: number; readonly max: number } | 'milestone' | null;
  /** The target as typed (catalogue or row), e.g. "tăng 10%"; null when there is none. */
  readonly targetText: string | null;
  readonly direction: Direction;
  readonly rate: number | null;
  /** The baseline B (same period before, SPEC §5.1), in the indicator's unit, or null. */
  readonly baseline: number | null;
  /** 100·A/B (SPEC §5.1), unrounded, or null. */
  readonly baselineRate: number | null;
  readonly band: Band;
  readonly override: Band | null;
  /** The override's reason (giải trình) as written, or null. */
  readonly reason: string | null;
  readonly flag: Flag | null;
  /** Breakdown rows under the indicator (SPEC §2.1). */
  readonly parts: readonly PartReport[];
}

/** One breakdown row ("Trong đó: …", "- Khu vực thành thị") reported under its indicator. */
export interface PartReport {
  readonly name: string;
  readonly row: number;
  readonly actual: number | null;
  readonly unit: string | null;
}

/** Where the targets came from: a catalogue sheet, a catalogue file, or the form's own plan column (SPEC §2.2). */
export interface CatalogueSource {
  readonly source: 'sheet' | 'file' | 'self';
  readonly name: string;
}

/** One issue of the JSON report, with its message rendered in the run's language. */
export interface IssueReport {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly code: string | null;
  readonly message: string;
}

/** Band counts. */
export type BandCounts = Readonly<Record<Band, number>>;

/** The summary block of the JSON report. */
export interface SummaryReport {
  readonly total: number;
  readonly bands: BandCounts;
  readonly byField: ReadonlyArray<{ readonly field: string; readonly total: number; readonly bands: BandCounts }>;
}

/** The machine-readable report, schemaVersion 1. */
export interface Report {
  readonly schemaVersion: 1;
  readonly thresholds: Thresholds;
  readonly indicators: readonly IndicatorReport[];
  readonly issues: readonly IssueReport[];
  readonly summary: SummaryReport;
  readonly catalogue: CatalogueSource;
}

/** Everything one run produced: the report, the narrative, the rendered sheets and flags, the counts. */
export interface CheckOutcome {
  readonly report: Report;
  /** The narrative sentence(s) for the meeting report, in the run's language. */
  readonly narrative: string;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly validationSheet: SheetModel;
  readonly summarySheet: SheetModel;
  readonly flags: readonly SheetFlags[];
  /** Names the owned sheets were written under (only those written). */
  readonly written: Partial<Record<OwnedRole, string>>;
}

/** Why a run could not start. */
export type FailureKind = 'no-catalogue' | 'no-data-sheet' | 'unknown-sheet' | 'catalogue-empty' | 'unknown-column';

/** A problem that stops a run before any result (no catalogue, unknown sheet…): nothing is written. */
export interface RunFailure {
  readonly failure: FailureKind;
  /** Values the message names (sheet, column…), so it can be rendered in either language. */
  readonly params: Readonly<Record<string, string>>;
  /** One-line message in the run's language, saying what to do. */
  readonly message: string;
}

/** What the task pane needs to offer sensible choices: the catalogue found and each data sheet's actual columns. */
export interface WorkbookLayout {
  readonly sheets: readonly string[];
  readonly catalogueSheet: string | null;
  readonly dataSheets: ReadonlyArray<{ readonly name: string; readonly actualColumns: readonly string[] }>;
}
