/** The Office.js adapter: the engine's WorkbookPort over Excel, plus the few workbook actions the UI needs. */
export { createExcelPort, excelSessions } from './port';
export type { ExcelPortOptions, SessionRunner } from './port';
export { excelRunner, officeApiSupport } from './host';
export type { ApiSupport, RunBatch } from './host';
export { activateSheet, addCatalogueTemplate, selectCell, CATALOGUE_TEMPLATE_HEADERS, CATALOGUE_TEMPLATE_SHEET } from './workbook-actions';
export { watchSheets } from './sheet-events';
