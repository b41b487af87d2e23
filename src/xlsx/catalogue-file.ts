/** Reading a catalogue file the user names (CLI `--catalogue`) or picks (task pane): the same sheet cells for both. */
import type { SheetData } from '../core';
import { catalogueHeader, findCatalogueSheet, parseCsv } from '../core';
import { decodeCsvBytes } from './decode-csv';
import { openWorkbook } from './read-workbook';

/** The catalogue found in a file, or why there is none. */
export type CatalogueFileResult =
  | { readonly kind: 'sheet'; readonly sheet: SheetData }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'no-header' }
  | { readonly kind: 'no-catalogue-sheet' };

/** A problem with a catalogue file, in Vietnamese and English. */
export interface CatalogueFileMessage {
  readonly vi: string;
  readonly en: string;
}

/** File name endings read as a catalogue file. */
export const CATALOGUE_FILE_TYPES = ['.csv', '.xlsx', '.xlsm'] as const;

/** True when the file name has one of the catalogue file types. */
export function isCatalogueFileName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return CATALOGUE_FILE_TYPES.some((ext) => lower.endsWith(ext));
}

/**
 * The catalogue in a file's bytes: a .csv read whole (it must have the header row), or the catalogue sheet of an
 * .xlsx/.xlsm workbook (found as the checker finds it in the open workbook). Damaged workbooks throw XlsxError.
 */
export function readCatalogueBytes(bytes: Uint8Array, fileName: string): CatalogueFileResult {
  if (!isCatalogueFileName(fileName)) return { kind: 'unsupported' };
  if (fileName.toLowerCase().endsWith('.csv')) {
    const sheet = parseCsv(decodeCsvBytes(bytes), fileName);
    return catalogueHeader(sheet) ? { kind: 'sheet', sheet } : { kind: 'no-header' };
  }
  const workbook = openWorkbook(bytes);
  const heads = workbook.listSheets().map((s) => workbook.readSheet(s.name, { maxRows: 30 }));
  const name = findCatalogueSheet(heads) ?? heads.find((s) => catalogueHeader(s))?.name;
  return name ? { kind: 'sheet', sheet: workbook.readSheet(name) } : { kind: 'no-catalogue-sheet' };
}

/** What to tell the user when a catalogue file cannot be used, naming the file. */
export function catalogueFileMessage(kind: Exclude<CatalogueFileResult['kind'], 'sheet'>, fileName: string): CatalogueFileMessage {
  switch (kind) {
    case 'unsupported':
      return { vi: `Tệp danh mục “${fileName}” phải là .csv, .xlsx hoặc .xlsm.`, en: `Catalogue file "${fileName}" must be a .csv, .xlsx or .xlsm file.` };
    case 'no-header':
      return {
        vi: `Tệp danh mục “${fileName}” không có dòng tiêu đề với cột Mã chỉ tiêu và Tên chỉ tiêu. Thêm dòng tiêu đề rồi chạy lại.`,
        en: `Catalogue file "${fileName}" has no header row with code and name columns. Add the header row and run again.`,
      };
    case 'no-catalogue-sheet':
      return { vi: `Tệp “${fileName}” không có trang danh mục chỉ tiêu (cột Mã chỉ tiêu, Tên chỉ tiêu).`, en: `File "${fileName}" has no catalogue sheet (code and name columns).` };
  }
}
