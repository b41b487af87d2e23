/** What the pane needs from its host (Excel through Office.js, the offline web app, or a test fake), behind one object. */
import type { CheckOutcome, Lang, ProgressListener, RunFailure, SheetData, WorkbookPort, WriteChoice } from '../core';
import { runCheck } from '../core';
import type { RunSettings, SettingsStore } from './settings';
import { checkOptions } from './settings';

/** A file the user picked (a browser `File` satisfies it). */
export type PickedFile = Blob & { readonly name: string };

/** Runs work on a port that lives for the whole piece of work; `clean` lets it remove leftovers of interrupted runs. */
export type WorkbookSession = <T>(work: (port: WorkbookPort) => Promise<T>, clean: boolean) => Promise<T>;

/** The host services the pane and the one-click actions use; nothing here names Office. */
export interface PaneHost {
  readonly port: WorkbookPort;
  /** Runs a whole check, read or clear on one port (Excel: one Excel.run, one scan); hosts without it use `port`. */
  readonly withWorkbook?: WorkbookSession;
  /** Calls `listener` when sheets are added, deleted or renamed; returns the unsubscribe function. */
  onSheetsChanged?(listener: () => void): () => void;
  readonly settings: SettingsStore;
  /** The host's display language (e.g. `vi-VN`): Office's, or the browser's. */
  displayLanguage(): string;
  selectCell(sheet: string, cell: string): Promise<void>;
  activateSheet(name: string): Promise<void>;
  addCatalogueTemplate(): Promise<{ name: string; created: boolean }>;
  /** Reads a catalogue file the user picked: its cells, or null for a file type the host cannot read. */
  openCatalogueFile(file: PickedFile): Promise<SheetData | null>;
  now(): Date;
}

/** What a run writes: the check writes the validation sheet and flags, the summary writes the summary sheet. */
export const WRITES: Readonly<Record<'check' | 'summary', WriteChoice>> = {
  check: { validation: true, summary: false, flags: true },
  summary: { validation: false, summary: true, flags: false },
};

/** Runs work on the host's workbook: in one session when the host has sessions, else on its port. */
export function withWorkbook<T>(host: PaneHost, work: (port: WorkbookPort) => Promise<T>, clean: boolean): Promise<T> {
  return host.withWorkbook ? host.withWorkbook(work, clean) : work(host.port);
}

/** Runs the engine through the host's workbook with the saved settings, cleaning leftovers of interrupted runs first. */
export function runWithSettings(
  host: PaneHost,
  kind: 'check' | 'summary',
  settings: RunSettings,
  lang: Lang,
  catalogue?: SheetData,
  onProgress?: ProgressListener,
): Promise<CheckOutcome | RunFailure> {
  return withWorkbook(host, (port) => runCheck(port, checkOptions(settings, lang, host.now(), catalogue), WRITES[kind], onProgress), true);
}
