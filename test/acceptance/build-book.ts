/** Builds small .xlsx workbooks on disk with exceljs, for acceptance runs of the CLI. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** One sheet to write: its name, its rows from row 1, and ranges to merge. */
export interface BookSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
  readonly merges?: readonly string[];
}

/** Writes the sheets into a fresh temp .xlsx file and returns its path. */
export async function writeBook(sheets: readonly BookSheet[], fileName = 'book.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((cells, i) => {
      cells.forEach((value, j) => {
        if (value !== null && value !== undefined) ws.getCell(i + 1, j + 1).value = value;
      });
    });
    for (const range of s.merges ?? []) ws.mergeCells(range);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'chitieu-acc-')), fileName);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}
