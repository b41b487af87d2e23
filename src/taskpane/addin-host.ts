/** Everything the pane and the ribbon commands need from Excel, behind one object so tests can inject a fake. */
import type { CheckOutcome, RunFailure, WriteChoice } from '../core/api';
import type { Lang, SheetData } from '../core/model';
import type { ProgressListener, WorkbookPort } from '../core/port';
import { runCheck } from '../core';
import { activateSheet, addCatalogueTemplate, createExcelPort, excelRunner, selectCell } from '../excel';
import type { RunBatch } from '../excel';
import type { RunSettings, SettingsStore } from './settings';
import { checkOptions, createSettingsStore } from './settings';

/** The host services of one runtime (the shared runtime serves both the pane and the ribbon). */
export interface AddinHost {
  readonly port: WorkbookPort;
  readonly settings: SettingsStore;
  /** Office's display language (e.g. `vi-VN`), or the browser's outside Office. */
  displayLanguage(): string;
  selectCell(sheet: string, cell: string): Promise<void>;
  activateSheet(name: string): Promise<void>;
  addCatalogueTemplate(): Promise<{ name: string; created: boolean }>;
  now(): Date;
}

/** The host over Office.js; `delayForCellEdit` makes ribbon runs wait for the user to finish editing a cell. */
export function createOfficeHost(delayForCellEdit = false): AddinHost {
  const run: RunBatch = excelRunner(delayForCellEdit);
  return {
    port: createExcelPort({ run }),
    settings: createSettingsStore(),
    displayLanguage: () => (typeof Office !== 'undefined' && Office.context?.displayLanguage) || (typeof navigator !== 'undefined' ? navigator.language : 'vi-VN'),
    selectCell: (sheet, cell) => selectCell(sheet, cell, run),
    activateSheet: (name) => activateSheet(name, run),
    addCatalogueTemplate: () => addCatalogueTemplate(run),
    now: () => new Date(),
  };
}

/** What a run writes: the check writes the validation sheet and flags, the summary writes the summary sheet. */
export const WRITES: Readonly<Record<'check' | 'summary', WriteChoice>> = {
  check: { validation: true, summary: false, flags: true },
  summary: { validation: false, summary: true, flags: false },
};

/** Runs the engine through the host's port with the saved settings. */
export function runWithSettings(
  host: AddinHost,
  kind: 'check' | 'summary',
  settings: RunSettings,
  lang: Lang,
  catalogue?: SheetData,
  onProgress?: ProgressListener,
): Promise<CheckOutcome | RunFailure> {
  return runCheck(host.port, checkOptions(settings, lang, host.now(), catalogue), WRITES[kind], onProgress);
}
