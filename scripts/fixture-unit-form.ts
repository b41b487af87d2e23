/**
 * One unit's report form as communes send it to the district: the issuing body and the national motto side by
 * side, "BIỂU SỐ 01" and the title, a header merged over two rows, group rows, then the place-and-date line and
 * the signature block. Written with exceljs, with pinned zip timestamps so re-runs give identical bytes.
 */
import type { CellValue, Worksheet } from 'exceljs';
import { newWorkbook, saveWorkbook } from './fixture-xlsx';

/** One indicator row of a unit's form. */
export interface UnitRow {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  /** The actual as typed; undefined leaves the cell blank. */
  readonly actual?: CellValue;
}

/** A group of rows under a heading ("I", "KINH TẾ"). */
export interface UnitGroup {
  readonly stt: string;
  readonly title: string;
  readonly rows: readonly UnitRow[];
}

/** What one unit's form says. */
export interface UnitForm {
  /** The issuing bodies of the title block, parent first ("UBND HUYỆN VĂN LÃNG", "UBND XÃ TÂN THANH"). */
  readonly issuers: readonly string[];
  readonly place: string;
  readonly signer: string;
  readonly groups: readonly UnitGroup[];
}

const FONT = { name: 'Times New Roman', size: 12 };
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADERS = ['STT', 'Mã số', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2025', 'Ghi chú'];
const WIDTHS = [6, 9, 52, 14, 14, 28];

/** Writes a merged, centred line of the title block. */
function titleLine(ws: Worksheet, row: number, from: number, to: number, text: string, bold: boolean): void {
  ws.mergeCells(row, from, row, to);
  const c = ws.getCell(row, from);
  c.value = text;
  c.font = { ...FONT, bold };
  c.alignment = { horizontal: 'center', vertical: 'middle' };
}

/** Writes the header merged over rows `row` and `row + 1`. */
function header(ws: Worksheet, row: number): void {
  HEADERS.forEach((text, i) => {
    ws.mergeCells(row, i + 1, row + 1, i + 1);
    const c = ws.getCell(row, i + 1);
    c.value = text;
    c.font = { ...FONT, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
    ws.getColumn(i + 1).width = WIDTHS[i];
  });
}

/** Writes one table row with borders. */
function tableRow(ws: Worksheet, row: number, values: readonly CellValue[], bold = false): void {
  values.forEach((value, i) => {
    const c = ws.getCell(row, i + 1);
    if (value !== undefined && value !== null) c.value = value;
    c.font = { ...FONT, bold };
    c.border = BORDER;
  });
}

/** Writes a unit's form to an .xlsx file. */
export async function writeUnitForm(path: string, form: UnitForm): Promise<void> {
  const wb = newWorkbook(form.issuers[form.issuers.length - 1]);
  const ws = wb.addWorksheet('Biểu 01');
  form.issuers.forEach((issuer, i) => titleLine(ws, i + 1, 1, 3, issuer, i === form.issuers.length - 1));
  titleLine(ws, 1, 4, 6, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true);
  titleLine(ws, 2, 4, 6, 'Độc lập - Tự do - Hạnh phúc', true);
  let r = Math.max(form.issuers.length, 2) + 2;
  titleLine(ws, r++, 1, 6, 'BIỂU SỐ 01', true);
  titleLine(ws, r++, 1, 6, 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ – XÃ HỘI NĂM 2025', true);
  r++;
  header(ws, r);
  r += 2;
  for (const group of form.groups) {
    tableRow(ws, r++, [group.stt, null, group.title, null, null, null], true);
    group.rows.forEach((row, i) => tableRow(ws, r++, [i + 1, row.code, row.name, row.unit, row.actual ?? null, null]));
  }
  r++;
  ws.getCell(r++, 6).value = `${form.place}, ngày 15 tháng 12 năm 2025`;
  ws.getCell(r, 3).value = 'NGƯỜI LẬP BIỂU';
  ws.getCell(r++, 6).value = 'TM. ỦY BAN NHÂN DÂN';
  ws.getCell(r++, 6).value = 'CHỦ TỊCH';
  r += 2;
  ws.getCell(r, 3).value = 'Hoàng Thị Lan';
  ws.getCell(r, 6).value = form.signer;
  await saveWorkbook(wb, path);
}
