/** The .xlsx package layer shared by every host: fast cell reads, and checked-workbook writes that keep every part ChiTieu does not own. */
export { XlsxError } from './errors';
export type { XlsxErrorCode } from './errors';
export { openWorkbook } from './read-workbook';
export type { XlsxWorkbook } from './read-workbook';
export { writeCheckedWorkbook } from './write-workbook';
export type { WorkbookChange, WrittenWorkbook } from './write-workbook';
export { readZip, writeZip } from './zip';
export type { RawZipEntry, ZipArchive, ZipWriteEntry } from './zip';
export { catalogueFileMessage, isCatalogueFileName, readCatalogueBytes } from './catalogue-file';
export type { CatalogueFileResult } from './catalogue-file';
export { decodeCsvBytes } from './decode-csv';
