/**
 * Building blocks for the sample and fixture workbooks: a fixed-date workbook, a catalogue sheet and
 * data sheets laid out the way provincial offices lay them out (title block, header, group rows).
 */
import { writeFileSync } from 'node:fs';
import { Workbook } from 'exceljs';
import type { Band, RuleId } from '../src/core/model/model';
import type { CellErrorValue, CellValue, Worksheet } from 'exceljs';
import { pinZipTimestamps } from './fixture-zip';

/** The moment every generated workbook claims it was created and last saved. */
export const FIXED_DATE = new Date(Date.UTC(2025, 6, 1, 8, 0, 0));

/** A cell value with its own number format, note or look. */
export interface Styled {
  readonly $: CellValue;
  readonly numFmt?: string;
  readonly note?: string;
  readonly fill?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
}

/** What a fixture puts in one cell: a plain exceljs value or a styled one. */
export type Cell = CellValue | Styled;

/** A column of a generated table: the logical key rows use and the header text the user sees. */
export interface Column {
  readonly key: string;
  readonly header: string;
  readonly width?: number;
}

/** What the checker is expected to conclude about one indicator row. */
export interface RowExpectation {
  /** The computed band. */
  readonly band?: Band;
  /** The band that counts when a reasoned override replaces the computed one. */
  readonly override?: Band;
  readonly rules?: readonly RuleId[];
}

/** One table row: cells by column key; group rows are section headings in bold. */
export interface TableRow {
  readonly group?: boolean;
  readonly cells: Readonly<Record<string, Cell>>;
  readonly expect?: RowExpectation;
}

/** Layout of one generated sheet. */
export interface SheetLayout {
  /** Lines of the title block, each merged across the table's width. */
  readonly titles?: readonly string[];
  /** Leave this many blank rows between the title block and the header (default 1 when titled). */
  readonly gap?: number;
  /** Number STT automatically (1, 2, … inside the sheet) when a row gives none (default true). */
  readonly autoStt?: boolean;
}

/** A percentage cell: a fraction displayed with a percent format (0.1205 shown as 12.05%). */
export function pct(fraction: number, numFmt = '0.00%'): Styled {
  return { $: fraction, numFmt };
}

/** A formula cell with its cached result, as Excel saves it. */
export function formula(text: string, result?: number | string | CellErrorValue): CellValue {
  return result === undefined ? { formula: text } : { formula: text, result };
}

/** A plain Excel error value (no formula). */
export function errorValue(code: CellErrorValue['error']): CellValue {
  return { error: code };
}

/** A new workbook whose document properties never change between runs. */
export function newWorkbook(creator = 'Phòng Tổng hợp – Sở Kế hoạch và Đầu tư'): Workbook {
  const wb = new Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastPrinted = FIXED_DATE;
  return wb;
}

function isStyled(cell: Cell): cell is Styled {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date) && '$' in cell;
}

/** Puts a cell spec into an exceljs cell. */
export function setCell(ws: Worksheet, row: number, col: number, cell: Cell | undefined): void {
  if (cell === undefined) return;
  const target = ws.getCell(row, col);
  if (!isStyled(cell)) {
    target.value = cell;
    return;
  }
  target.value = cell.$;
  if (cell.numFmt) target.numFmt = cell.numFmt;
  if (cell.note) target.note = cell.note;
  if (cell.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: cell.fill } };
  if (cell.bold || cell.italic || cell.color) {
    target.font = { name: 'Times New Roman', size: 12, bold: cell.bold, italic: cell.italic, color: cell.color ? { argb: cell.color } : undefined };
  }
}

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Writes a title block, a header row and the rows; returns the 1-based row number of the header. */
export function writeTable(ws: Worksheet, columns: readonly Column[], rows: readonly TableRow[], layout: SheetLayout = {}): number {
  const titles = layout.titles ?? [];
  const width = columns.length;
  let r = 1;
  titles.forEach((title, i) => {
    ws.mergeCells(r, 1, r, width);
    const c = ws.getCell(r, 1);
    c.value = title;
    c.font = { name: 'Times New Roman', size: i === 0 ? 12 : 14, bold: i < 2, italic: i >= 2 };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    r++;
  });
  r += titles.length > 0 ? (layout.gap ?? 1) : (layout.gap ?? 0);
  const headerRow = r;
  columns.forEach((col, i) => {
    const c = ws.getCell(headerRow, i + 1);
    c.value = col.header;
    c.font = { name: 'Times New Roman', size: 12, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    c.border = BORDER;
    ws.getColumn(i + 1).width = col.width ?? defaultWidth(col.key);
  });
  let stt = 0;
  for (const row of rows) {
    r++;
    columns.forEach((col, i) => {
      let cell = row.cells[col.key];
      if (col.key === 'stt' && cell === undefined && !row.group && layout.autoStt !== false) cell = ++stt;
      setCell(ws, r, i + 1, cell);
      const c = ws.getCell(r, i + 1);
      c.border = BORDER;
      c.alignment = { vertical: 'middle', wrapText: col.key === 'name' || col.key === 'reason' || col.key === 'note' };
      if (row.group) c.font = { name: 'Times New Roman', size: 12, bold: true };
    });
  }
  return headerRow;
}

function defaultWidth(key: string): number {
  switch (key) {
    case 'stt':
      return 6;
    case 'code':
      return 9;
    case 'name':
      return 52;
    case 'reason':
    case 'note':
    case 'agency':
      return 30;
    default:
      return 14;
  }
}

/** Saves a workbook with pinned zip timestamps so that re-running a generator gives identical bytes. */
export async function saveWorkbook(wb: Workbook, path: string): Promise<void> {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  writeFileSync(path, pinZipTimestamps(bytes));
}
