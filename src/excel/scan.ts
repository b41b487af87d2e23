/**
 * The workbook scan that starts every session, in two syncs whatever the number of sheets: names first, then for
 * every sheet its owned marker, used range, first rows and conditional-format types. Temporary sheets left by an
 * interrupted write are deleted in the same batch when the session may clean.
 */
import type { CellBlock, OwnedRole, RawCell } from '../core';
import { OWNED_SHEET_NAME_MARKER } from '../core';
import { CELL_PROPERTIES, chunkToRows } from './cells';
import { roleFromMarker } from './owned-sheets';
import type { ExcelSession } from './session';

/** Rows of every sheet read by the scan: enough for header detection (the engine reads 30). */
export const HEAD_ROWS = 30;

const TEMPORARY = /^~ChiTieu (validation|summary)~$/;

/** The name an owned sheet is written under before it replaces the previous one. */
export function temporarySheetName(role: OwnedRole): string {
  return `~ChiTieu ${role}~`;
}

/** What the scan knows about one sheet. */
export interface SheetScan {
  readonly name: string;
  readonly owned?: OwnedRole;
  /** The used range (values only), or null for an empty sheet. */
  readonly used: CellBlock | null;
  /** The sheet's rows within the first HEAD_ROWS rows, as the engine's cells. */
  readonly head: ReadonlyArray<(RawCell | undefined)[] | undefined>;
  /** The sheet's conditional formats with their types loaded, or null once ChiTieu changed them in this session. */
  formats: Excel.ConditionalFormatCollection | null;
  /** The rules of the custom formats, loaded lazily with the session's next sync. */
  customRules: Array<{ readonly format: Excel.ConditionalFormat; readonly rule: Excel.ConditionalFormatRule }>;
}

/** The lazy-load key of the custom rules' formulas. */
export const FLAG_RULES_LOAD = 'flag-rules';

function blockOf(range: Excel.Range): CellBlock | null {
  return range.isNullObject ? null : { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}

function headRows(range: Excel.Range): Array<(RawCell | undefined)[] | undefined> {
  if (range.isNullObject) return [];
  const rows: Array<(RawCell | undefined)[] | undefined> = new Array<undefined>(range.rowIndex).fill(undefined);
  const matrices = { values: range.values, numberFormat: range.numberFormat, valueTypes: range.valueTypes as unknown as string[][] };
  rows.push(...chunkToRows(matrices, range.columnIndex));
  while (rows.length > 0 && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop();
  return rows;
}

/** Scans the workbook (and deletes leftover temporary sheets when `clean`); custom rules follow with the next sync. */
export async function scanWorkbook(session: ExcelSession, clean: boolean): Promise<SheetScan[]> {
  const worksheets = session.context.workbook.worksheets;
  worksheets.load('items/name');
  await session.sync();
  const sheets = worksheets.items.filter((sheet) => {
    if (!TEMPORARY.test(sheet.name)) return true;
    if (clean) sheet.delete();
    return false;
  });
  const probes = sheets.map((sheet) => {
    const marker = sheet.names.getItemOrNullObject(OWNED_SHEET_NAME_MARKER);
    marker.load('formula');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    const head = sheet.getRange(`1:${HEAD_ROWS}`).getUsedRangeOrNullObject(true);
    head.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount', ...CELL_PROPERTIES]);
    const formats = sheet.getRange().conditionalFormats;
    formats.load('items/type');
    return { name: sheet.name, marker, used, head, formats };
  });
  await session.sync();
  const scans: SheetScan[] = probes.map((p) => {
    const owned = p.marker.isNullObject ? undefined : roleFromMarker(p.marker.formula);
    return { name: p.name, ...(owned ? { owned } : {}), used: blockOf(p.used), head: headRows(p.head), formats: p.formats, customRules: [] };
  });
  const withCustom = scans.filter((s) => s.formats?.items.some((f) => f.type === 'Custom'));
  if (withCustom.length > 0) {
    session.loadLazily(FLAG_RULES_LOAD, () => {
      for (const scan of withCustom) {
        scan.customRules = (scan.formats?.items ?? []).filter((f) => f.type === 'Custom').map((format) => {
          const rule = format.custom.rule;
          rule.load('formula');
          return { format, rule };
        });
      }
    });
  }
  return scans;
}
