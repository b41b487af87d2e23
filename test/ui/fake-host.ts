/** A PaneHost over the fake Excel workbook, for pane and ribbon tests without Office. */
import { createExcelPort, excelSessions } from '../../src/excel/port';
import { watchSheets } from '../../src/excel/sheet-events';
import { activateSheet, addCatalogueTemplate, selectCell } from '../../src/excel/workbook-actions';
import type { RunBatch } from '../../src/excel/host';
import { readCatalogueFile } from '../../src/ui/catalogue-file';
import type { PaneHost } from '../../src/ui/host';
import type { RunSettings, SettingsStore } from '../../src/ui/settings';
import { DEFAULT_SETTINGS } from '../../src/ui/settings';
import { createFakeExcel, newWorkbook } from '../excel/fake';
import type { FakeWorkbook } from '../excel/fake';
import { planningWorkbook } from '../excel/fixture';

/** A host plus the workbook and settings behind it. */
export interface TestHost {
  readonly host: PaneHost;
  readonly book: FakeWorkbook;
  readonly saved: RunSettings[];
}

/** A host over a workbook (the planning fixture by default), with settings kept in memory and a fixed clock. */
export function testHost(displayLanguage = 'vi-VN', initial: RunSettings = DEFAULT_SETTINGS, book: FakeWorkbook = newWorkbook(planningWorkbook())): TestHost {
  const excel = createFakeExcel(book);
  const run: RunBatch = (batch) => excel.run(batch);
  const saved: RunSettings[] = [];
  let current = initial;
  const settings: SettingsStore = {
    load: () => current,
    save: async (s) => {
      current = s;
      saved.push(s);
    },
  };
  const supports = (): boolean => true;
  return {
    book,
    saved,
    host: {
      port: createExcelPort({ run, supports }),
      withWorkbook: excelSessions({ run, supports }),
      onSheetsChanged: (listener) => watchSheets(run, supports, listener),
      settings,
      displayLanguage: () => displayLanguage,
      selectCell: (sheet, cell) => selectCell(sheet, cell, run),
      activateSheet: (name) => activateSheet(name, run),
      addCatalogueTemplate: () => addCatalogueTemplate(run),
      openCatalogueFile: readCatalogueFile,
      now: () => new Date(2025, 6, 1, 8, 30),
    },
  };
}
