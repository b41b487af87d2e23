/** Writes the big benchmark workbook (catalogue + data sheet of N rows) with exceljs's streaming writer. */
import ExcelJS from 'exceljs';
import type { BigCell } from './big-rows';
import { CATALOGUE_SHEET, DATA_SHEET, catalogueRows, dataRows } from './big-rows';

type Writer = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

const HEADER_FONT = { name: 'Times New Roman', bold: true, size: 12 };

/** Streams one sheet's rows into the writer, styling the header row and percent cells. */
async function writeSheet(wb: Writer, name: string, rows: Iterable<readonly BigCell[]>, headerRow: number, merge: string): Promise<void> {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  ws.mergeCells(merge);
  let r = 0;
  for (const cells of rows) {
    r++;
    const row = ws.getRow(r);
    cells.forEach((cell, c) => {
      if (cell === null) return;
      const target = row.getCell(c + 1);
      if (typeof cell === 'object') {
        target.value = cell.value;
        target.numFmt = cell.numFmt;
      } else target.value = cell;
    });
    if (r === 1 || r === headerRow) row.font = HEADER_FONT;
    row.commit();
  }
  ws.commit();
}

/** Writes a workbook with a catalogue of `rows` indicators and a data sheet of `rows` indicator rows × 16 columns. */
export async function writeBigWorkbook(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  wb.creator = 'Phòng Tổng hợp – Sở Kế hoạch và Đầu tư';
  await writeSheet(wb, CATALOGUE_SHEET, catalogueRows(rows), 3, 'A1:H1');
  await writeSheet(wb, DATA_SHEET, dataRows(rows), 4, 'A1:P1');
  await wb.commit();
}
