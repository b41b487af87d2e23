/** Reading a catalogue file the user names (CLI `--catalogue`) or picks (task pane): the same sheet cells for both. */
import type { Bilingual, SheetData } from '../core';
import { CATALOGUE_FILE_PROBLEMS, catalogueHeader, findCatalogueSheet, inBothLanguages, parseCsv } from '../core';
import { decodeCsvBytes } from './decode-csv';
import { openWorkbook } from './read-workbook';

/** The catalogue found in a file, or why there is none. */
export type CatalogueFileResult =
  | { readonly kind: 'sheet'; readonly sheet: SheetData }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'no-header' }
  | { readonly kind: 'no-catalogue-sheet' };

/** A problem with a catalogue file, in Vietnamese and English. */
export type CatalogueFileMessage = Bilingual<string>;

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
  return inBothLanguages(CATALOGUE_FILE_PROBLEMS[kind], fileName);
}
