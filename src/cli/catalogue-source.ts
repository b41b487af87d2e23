import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { SheetData } from '../core';
import { parseCsv } from '../core/csv';
import { catalogueHeader, findCatalogueSheet } from '../core/discover';
import { CliError } from './messages';
import { openWorkbook } from '../xlsx/read-workbook';

/** Decodes a CSV file as UTF-8, falling back to Windows-1258 (Vietnamese ANSI) when it is not valid UTF-8. */
function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

/** The catalogue named by `--catalogue`: a .csv or .xlsx file read whole, or undefined when it names a sheet. */
export function loadCatalogueFile(value: string): SheetData | undefined {
  const ext = extname(value).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx' && ext !== '.xlsm') return undefined;
  if (!existsSync(value)) {
    throw new CliError({ vi: `Không tìm thấy tệp danh mục “${value}”. Kiểm tra lại đường dẫn.`, en: `Catalogue file "${value}" was not found. Check the path.` });
  }
  const bytes = readFileSync(value);
  if (ext === '.csv') {
    const sheet = parseCsv(decodeCsv(bytes), value);
    if (!catalogueHeader(sheet)) {
      throw new CliError({
        vi: `Tệp danh mục “${value}” không có dòng tiêu đề với cột Mã chỉ tiêu và Tên chỉ tiêu. Thêm dòng tiêu đề rồi chạy lại.`,
        en: `Catalogue file "${value}" has no header row with code and name columns. Add the header row and run again.`,
      });
    }
    return sheet;
  }
  const workbook = openWorkbook(bytes);
  const heads = workbook.listSheets().map((s) => workbook.readSheet(s.name, { maxRows: 30 }));
  const name = findCatalogueSheet(heads) ?? heads.find((s) => catalogueHeader(s))?.name;
  if (!name) {
    throw new CliError({ vi: `Tệp “${value}” không có trang danh mục chỉ tiêu (cột Mã chỉ tiêu, Tên chỉ tiêu).`, en: `File "${value}" has no catalogue sheet (code and name columns).` });
  }
  return workbook.readSheet(name);
}
