/** The web app's state and actions: one workbook at a time, checked in the worker, results and downloads on the page. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang, Progress, SheetData, WorkbookLayout } from '../core';
import { CLI_MESSAGES, inBothLanguages } from '../core';
import { paneText } from '../ui/i18n';
import type { RunSettings } from '../ui/settings';
import { DEFAULT_SETTINGS } from '../ui/settings';
import type { PageMessage, ShownOutcome, WebCheckSettings } from './protocol';
import type { WorkbookChecker } from './worker-client';
import { WorkerFailure } from './worker-client';

/** Object URLs of the files a finished check offers. */
export interface Downloads {
  readonly workbookUrl: string;
  readonly workbookName: string;
  readonly reportUrl: string;
  readonly reportName: string;
}

/** Frees the object URLs of a set of downloads (none: nothing to do). */
export function revokeDownloads(d: Downloads | null | undefined): void {
  if (d) [d.workbookUrl, d.reportUrl].forEach((u) => URL.revokeObjectURL(u));
}

/** Everything the page shows. */
export interface WebState {
  readonly lang: Lang;
  readonly settings: RunSettings;
  readonly fileName: string | null;
  readonly layout: WorkbookLayout | null;
  readonly catalogueFile: { readonly name: string; readonly sheet: SheetData } | null;
  readonly busy: 'open' | 'check' | 'import' | null;
  readonly progress: Progress | null;
  readonly outcome: ShownOutcome | null;
  readonly downloads: Downloads | null;
  readonly error: PageMessage | null;
  readonly notice: string | null;
}

/** A thrown value as a bilingual message: the worker's reason, or an unexpected failure with its detail. */
function failureText(error: unknown): PageMessage {
  if (error instanceof WorkerFailure) return error.text;
  return inBothLanguages(CLI_MESSAGES.unexpectedFailure, error instanceof Error ? error.message : String(error));
}

/** State and actions of the page over a worker-backed checker; `sourceDateEpoch` fixes the generation time. */
export function useWebApp(checker: WorkbookChecker, initialLang: Lang, sourceDateEpoch?: string) {
  const [state, setState] = useState<WebState>({
    lang: initialLang, settings: DEFAULT_SETTINGS, fileName: null, layout: null, catalogueFile: null,
    busy: null, progress: null, outcome: null, downloads: null, error: null, notice: null,
  });
  const patch = useCallback((p: Partial<WebState>) => setState((s) => ({ ...s, ...p })), []);
  /** The file being opened or checked right now (a ref, so a second drop is refused even before React re-renders). */
  const running = useRef<string | null>(null);
  const latest = useRef(state);
  latest.current = state;
  const t = paneText(state.lang);

  useEffect(() => () => revokeDownloads(latest.current.downloads), []);

  const dropDownloads = useCallback(() => revokeDownloads(latest.current.downloads), []);

  const check = useCallback(async (fileName: string) => {
    const s = latest.current;
    const settings: WebCheckSettings = {
      lang: s.lang, thresholds: s.settings.thresholds, numberStyle: s.settings.numberStyle ?? 'vi',
      dataSheet: s.settings.dataSheet, catalogueSheet: s.settings.catalogueSheet, actualColumn: s.settings.actualColumn,
      period: s.settings.period, catalogue: s.catalogueFile?.sheet, sourceDateEpoch,
    };
    running.current = fileName;
    dropDownloads();
    // The notice is left alone: a refusal of a file dropped while the workbook was opening must stay readable.
    patch({ busy: 'check', progress: null, error: null, outcome: null, downloads: null });
    try {
      const files = await checker.check(settings, (progress) => patch({ progress }));
      const downloads: Downloads = {
        workbookUrl: URL.createObjectURL(files.workbook), workbookName: files.workbookName,
        reportUrl: URL.createObjectURL(files.report), reportName: files.reportName,
      };
      patch({ busy: null, progress: null, outcome: files.outcome, downloads });
    } catch (error) {
      patch({ busy: null, progress: null, error: failureText(error) });
    } finally {
      running.current = null;
    }
  }, [checker, patch, dropDownloads, sourceDateEpoch]);

  const openFile = useCallback(async (file: Blob & { readonly name: string }) => {
    if (running.current !== null) {
      patch({ notice: paneText(latest.current.lang).web.busyRefused(running.current, file.name) });
      return;
    }
    running.current = file.name;
    dropDownloads();
    patch({ busy: 'open', fileName: file.name, layout: null, outcome: null, downloads: null, error: null, notice: null, progress: null });
    let layout: WorkbookLayout;
    try {
      layout = await checker.open(file, (progress) => patch({ progress }));
    } catch (error) {
      running.current = null;
      patch({ busy: null, progress: null, error: failureText(error) });
      return;
    }
    const keep = latest.current.settings;
    const stillThere = (name?: string) => (name && layout.sheets.includes(name) ? name : undefined);
    patch({ layout, settings: { ...keep, dataSheet: stillThere(keep.dataSheet), catalogueSheet: stillThere(keep.catalogueSheet), actualColumn: undefined } });
    await check(file.name);
  }, [checker, patch, dropDownloads, check]);

  const importCatalogue = useCallback(async (file: Blob & { readonly name: string }) => {
    patch({ busy: 'import', error: null, notice: null });
    const text = paneText(latest.current.lang);
    try {
      const sheet = await checker.readCatalogue(file);
      patch({ busy: null, catalogueFile: { name: file.name, sheet }, notice: text.imported(file.name, sheet.rows.length) });
    } catch (error) {
      patch({ busy: null, error: failureText(error) });
    }
  }, [checker, patch]);

  return {
    state,
    t,
    setLang: (lang: Lang) => patch({ lang }),
    updateSettings: (change: Partial<RunSettings>) => setState((s) => ({ ...s, settings: { ...s.settings, ...change } })),
    openFile,
    recheck: () => {
      if (!state.fileName || running.current !== null) return;
      patch({ notice: null });
      void check(state.fileName);
    },
    importCatalogue,
    removeImport: () => patch({ catalogueFile: null }),
  };
}
