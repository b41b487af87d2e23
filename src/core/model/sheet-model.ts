/**
 * Plain-data description of a sheet ChiTieu owns, and of the flags it puts on data sheets,
 * which every host adapter (file writer, Office.js) turns into real cells and formats.
 */

/** Named cell styles; adapters map each to fonts, fills, borders and number formats via SHEET_STYLES. */
export type StyleId =
  | 'title'
  | 'subtitle'
  | 'meta'
  | 'narrative'
  | 'header'
  | 'text'
  | 'textCenter'
  | 'integer'
  | 'wholeNumber'
  | 'decimal'
  | 'percent'
  | 'link'
  | 'totalText'
  | 'totalInteger'
  | 'sectionTitle'
  | 'severityError'
  | 'severityWarning'
  | 'severityInfo'
  | 'bandGood'
  | 'bandHigh'
  | 'bandMedium'
  | 'bandLow'
  | 'bandNone';

/** A host-neutral cell style. Colours are RGB hex without `#`. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly numFmt?: string;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'center';
  readonly wrap?: boolean;
  readonly border?: boolean;
}

/** The font every owned sheet uses (named, so that LibreOffice does not fall back to a serif font). */
export const SHEET_FONT = 'Times New Roman';

/** Base font size of owned sheets. */
export const SHEET_FONT_SIZE = 12;

/** Flag colours (fill, font) by flag kind, shared by every adapter. */
export const FLAG_STYLES = {
  critical: { fill: 'FFC7CE', color: '9C0006' },
  warning: { fill: 'FFEB9C', color: '9C5700' },
  unassessed: { fill: 'E7E6E6', color: '595959' },
} as const;

/** Style table for owned sheets: data, not branches, so both adapters render the same look. */
export const SHEET_STYLES: Readonly<Record<StyleId, CellStyle>> = {
  title: { bold: true, size: 14, horizontal: 'center', vertical: 'center', wrap: true },
  subtitle: { italic: true, horizontal: 'center' },
  meta: { italic: true, size: 11, color: '404040' },
  narrative: { wrap: true, vertical: 'top' },
  header: { bold: true, fill: 'D9E1F2', horizontal: 'center', vertical: 'center', wrap: true, border: true },
  text: { vertical: 'top', wrap: true, border: true },
  textCenter: { horizontal: 'center', vertical: 'top', border: true },
  integer: { numFmt: '0', horizontal: 'right', vertical: 'top', border: true },
  wholeNumber: { numFmt: '#,##0', horizontal: 'right', vertical: 'top', border: true },
  decimal: { numFmt: '#,##0.0##', horizontal: 'right', vertical: 'top', border: true },
  percent: { numFmt: '0.0%', horizontal: 'right', vertical: 'top', border: true },
  link: { color: '0563C1', underline: true, vertical: 'top', border: true },
  totalText: { bold: true, fill: 'F2F2F2', border: true },
  totalInteger: { bold: true, fill: 'F2F2F2', numFmt: '0', horizontal: 'right', border: true },
  sectionTitle: { bold: true, size: 12 },
  severityError: { bold: true, color: '9C0006', fill: 'FFC7CE', vertical: 'top', border: true },
  severityWarning: { bold: true, color: '9C5700', fill: 'FFEB9C', vertical: 'top', border: true },
  severityInfo: { color: '1F4E78', fill: 'DDEBF7', vertical: 'top', border: true },
  bandGood: { numFmt: '#,##0.###', fill: 'C6EFCE', color: '006100', horizontal: 'right', vertical: 'top', border: true },
  bandHigh: { numFmt: '#,##0.###', horizontal: 'right', vertical: 'top', border: true },
  bandMedium: { numFmt: '#,##0.###', fill: FLAG_STYLES.warning.fill, color: FLAG_STYLES.warning.color, horizontal: 'right', vertical: 'top', border: true },
  bandLow: { numFmt: '#,##0.###', fill: FLAG_STYLES.critical.fill, color: FLAG_STYLES.critical.color, horizontal: 'right', vertical: 'top', border: true },
  bandNone: { numFmt: '#,##0.###', fill: FLAG_STYLES.unassessed.fill, color: FLAG_STYLES.unassessed.color, horizontal: 'center', vertical: 'top', border: true },
};

/** An internal link target: a cell on another sheet. */
export interface CellLink {
  readonly sheet: string;
  readonly cell: string;
}

/** One cell of an owned sheet. Text is always written as text, never as a formula. */
export interface ModelCell {
  readonly value: string | number | null;
  readonly style?: StyleId;
  readonly link?: CellLink;
}

/** A bar chart of counts by category, with its series given explicitly (for Excel hosts). */
export interface ChartSpec {
  readonly title: string;
  /** Range of category labels on the owned sheet, e.g. `A12:A15`. */
  readonly categories: string;
  /** One series per band: its name and the range of its values on the owned sheet. */
  readonly series: ReadonlyArray<{ readonly name: string; readonly values: string; readonly color: string }>;
  /** Top-left cell where the chart is placed. */
  readonly anchor: string;
}

/** The role of an owned sheet; adapters mark owned sheets with it so they can find and replace them. */
export type OwnedRole = 'validation' | 'summary' | 'consolidation' | 'by-unit' | 'submissions';

/** Every owned role, as written in the sheet marker (SPEC §7 sheets, then the consolidation sheets of §10). */
export const OWNED_ROLES: readonly OwnedRole[] = ['validation', 'summary', 'consolidation', 'by-unit', 'submissions'];

/** Everything an adapter needs to write one owned sheet. */
export interface SheetModel {
  readonly role: OwnedRole;
  /** Preferred name (`Kiểm tra` / `Tổng hợp` or English); see resolveOwnedSheetName for conflicts. */
  readonly name: string;
  /** `rows[r][c]`: row r+1, column c+1; undefined cells are left empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<ModelCell | undefined>>;
  /** Merged ranges in A1 notation. */
  readonly merges: readonly string[];
  /** Column widths in characters, column A first. */
  readonly columnWidths: readonly number[];
  /** Row heights in points by 1-based row number, where a row needs more than one line. */
  readonly rowHeights: Readonly<Record<number, number>>;
  /** Number of top rows kept visible when scrolling (0 for none). */
  readonly freezeRows: number;
  /** Print setup: A4, orientation, fit to page width. */
  readonly print: { readonly landscape: boolean; readonly fitToWidth: boolean };
  readonly chart?: ChartSpec;
}


/** The kind of flag a cell gets. */
export type FlagKind = keyof typeof FLAG_STYLES;

/** The flags of one data sheet: A1 addresses of the actual cells to mark, by kind. */
export interface SheetFlags {
  readonly sheet: string;
  readonly cells: Readonly<Record<FlagKind, readonly string[]>>;
}

/**
 * Marker text carried by every conditional-format rule ChiTieu owns (inside an always-true formula),
 * so that flags are recognised and removed without touching the user's own rules.
 */
export const FLAG_MARKER_PREFIX = 'ChiTieu.flag.';

/** The always-true formula (without `=`) that marks an owned conditional-format rule of the given kind. */
export function flagRuleFormula(kind: FlagKind): string {
  return `"${FLAG_MARKER_PREFIX}${kind}"<>""`;
}

/** Name of the hidden, sheet-scoped defined name that marks a sheet as owned by ChiTieu. */
export const OWNED_SHEET_NAME_MARKER = '_ChiTieu_Owned';
