/** What the web app takes from the shared package layer and the CLI's host-neutral helpers (one reader, one writer, one wording). */
export type { Bilingual } from '../cli/messages';
export { PACKAGE_MESSAGES } from '../xlsx/package-messages';
export { FilePort } from '../xlsx/file-port';
export { XlsxError, catalogueFileMessage, openWorkbook, readCatalogueBytes } from '../xlsx';
export type { XlsxWorkbook } from '../xlsx';
export { blankWorkbookBytes } from '../xlsx/blank-workbook';
export { writeCheckedWorkbook } from '../xlsx';
