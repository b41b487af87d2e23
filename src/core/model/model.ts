/**
 * Shared plain-data types of the ChiTieu engine: cells in, issues, results and sheet models out.
 * Nothing here knows about Office.js, exceljs, Node or the DOM.
 */

/** An Excel error value such as `#DIV/0!` or `#N/A`, kept apart from text so it is never read as zero. */
export interface CellError {
  readonly error: string;
}

/** The value of one cell as a host reads it: number, text, boolean, error or empty. */
export type CellValue = number | string | boolean | CellError | null;

/** One cell as a host hands it to the core: its value, its number format code and, if any, its formula. */
export interface RawCell {
  readonly value: CellValue;
  /** Number format code, e.g. `0.00%` or `#,##0`; undefined means General. */
  readonly numFmt?: string;
  /** Formula text without the leading `=`, when the cell holds a formula (value is then its cached result). */
  readonly formula?: string;
}

/** One worksheet's cells: `rows[r][c]` is the cell at sheet row r+1, column c+1 (sparse, may be undefined). */
export interface SheetData {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<RawCell | undefined> | undefined>;
}

/** An exact decimal `coef / 10^scale` (scale ≥ 0), so that typed values compare without binary rounding. */
export interface Decimal {
  readonly coef: bigint;
  readonly scale: number;
}

/** How to read an ambiguous `1.234` / `1,234`: `vi` reads thousands with `.`, `en` with `,`. */
export type NumberStyle = 'vi' | 'en';

/** Language of sheets and messages. */
export type Lang = 'vi' | 'en';

/** Which way an indicator improves. */
export type Direction = 'increase' | 'decrease';

/** A leading comparator typed before a number (≥ 90, dưới 1,5 …). */
export type Comparator = 'ge' | 'le';

/** A value read from an actual (or target) cell. */
export type ParsedValue =
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'number';
      readonly value: Decimal;
      /** True when a `1.234`-style text was resolved by the number style. */
      readonly ambiguous: boolean;
      /** True when the cell was numeric with a percentage format (value already ×100). */
      readonly percentCell: boolean;
      readonly comparator?: Comparator;
    }
  | { readonly kind: 'fraction'; readonly numerator: Decimal; readonly denominator: Decimal }
  | { readonly kind: 'milestone'; readonly done: boolean }
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'text'; readonly text: string };

/** A catalogue target (SPEC §4). */
export type Target =
  | { readonly kind: 'point'; readonly value: Decimal }
  | { readonly kind: 'floor'; readonly value: Decimal }
  | { readonly kind: 'ceiling'; readonly value: Decimal }
  | { readonly kind: 'range'; readonly min: Decimal; readonly max: Decimal }
  | { readonly kind: 'milestone' }
  /**
   * A change from the baseline (SPEC §4.1): "tăng 10%", "giảm 1,5 điểm phần trăm", "gấp 2 lần". `points` is
   * true when the text says percentage points; a percent-unit indicator reads "X%" as points too.
   */
  | { readonly kind: 'relative'; readonly change: RelativeChange; readonly amount: Decimal; readonly points: boolean };

/** The change a relative target asks for: up or down by an amount, or a multiple of the baseline. */
export type RelativeChange = 'increase' | 'decrease' | 'times';

/** The logical columns ChiTieu recognises in a header row (SPEC §2). */
export type ColumnKind =
  | 'stt'
  | 'code'
  | 'name'
  | 'field'
  | 'unit'
  | 'direction'
  | 'target'
  | 'actual'
  | 'statedRate'
  | 'assessment'
  | 'override'
  | 'reason'
  /** The same period before ("Cùng kỳ", "Thực hiện năm trước"): the baseline of SPEC §5.1. */
  | 'baseline'
  /** A stated comparison with the baseline ("So cùng kỳ (%)", "TH 2023/TH 2022"). */
  | 'statedBaselineRate'
  | 'agency'
  | 'note';

/** Achievement bands, best to worst, then unassessed (SPEC §5). */
export type Band = 'exceeded' | 'met' | 'high' | 'medium' | 'low' | 'unassessed';

/** Every band in report order. */
export const BANDS: readonly Band[] = ['exceeded', 'met', 'high', 'medium', 'low', 'unassessed'];

/** Flag colour of a band that counts. */
export type Flag = 'critical' | 'warning';

/** Issue severity; errors block submission. */
export type Severity = 'error' | 'warning' | 'info';

/** Every validation rule id of SPEC §6. */
export type RuleId =
  | 'missing-column'
  | 'catalogue-invalid'
  | 'unknown-indicator'
  | 'name-mismatch'
  | 'duplicate-indicator'
  | 'missing-indicator'
  | 'empty-actual'
  | 'not-a-number'
  | 'formula-error'
  | 'ambiguous-number'
  | 'missing-target'
  | 'target-mismatch'
  | 'unit-converted'
  | 'unit-mismatch'
  | 'magnitude'
  | 'rate-mismatch'
  | 'assessment-mismatch'
  | 'override-without-reason'
  | 'missing-baseline'
  | 'breakdown-exceeds-total'
  /** A table below a form's footer (signature block) that was not read (SPEC §2.1). */
  | 'table-not-read'
  | 'duplicate-unit'
  | 'unreadable-unit';

/** Thresholds in percent: 0 < critical < warning < 100. */
export interface Thresholds {
  readonly critical: number;
  readonly warning: number;
}

/** Default thresholds of SPEC §5. */
export const DEFAULT_THRESHOLDS: Thresholds = { critical: 50, warning: 70 };

/** One validation finding, language-neutral: the message is rendered from `params` by i18n. */
export interface Issue {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell the issue is about ("" when it concerns a whole sheet). */
  readonly cell: string;
  readonly code: string | null;
  readonly params: Readonly<Record<string, string | number>>;
}
