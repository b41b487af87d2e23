/** The pane host over Office.js: the Excel adapter's port and actions, and settings saved in the workbook. */
import { activateSheet, addCatalogueTemplate, createExcelPort, excelRunner, excelSessions, officeApiSupport, selectCell, watchSheets } from '../excel';
import type { RunBatch } from '../excel';
import { readCatalogueFile } from '../ui/catalogue-file';
import type { PaneHost } from '../ui/host';
import { createOfficeSettingsStore } from './settings-store';

/** The host over Office.js; `delayForCellEdit` makes ribbon runs wait for the user to finish editing a cell. */
export function createOfficeHost(delayForCellEdit = false): PaneHost {
  const run: RunBatch = excelRunner(delayForCellEdit);
  return {
    port: createExcelPort({ run }),
    withWorkbook: excelSessions({ run }),
    onSheetsChanged: (listener) => watchSheets(excelRunner(false), officeApiSupport, listener),
    settings: createOfficeSettingsStore(),
    displayLanguage: () => (typeof Office !== 'undefined' && Office.context?.displayLanguage) || (typeof navigator !== 'undefined' ? navigator.language : 'vi-VN'),
    selectCell: (sheet, cell) => selectCell(sheet, cell, run),
    activateSheet: (name) => activateSheet(name, run),
    addCatalogueTemplate: () => addCatalogueTemplate(run),
    openCatalogueFile: readCatalogueFile,
    now: () => new Date(),
  };
}
