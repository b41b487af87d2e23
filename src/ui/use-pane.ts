/** The pane's state and actions: settings, workbook layout, runs with progress, results and errors. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckOutcome, Lang, Progress, SheetData, WorkbookLayout } from '../core';
import { describeWorkbook, isRunFailure } from '../core';
import { errorText, fileErrorText } from './errors';
import { latestRun, publishRun, subscribeRuns } from './last-run';
import type { LastRun } from './last-run';
import type { PaneHost } from './host';
import { runWithSettings, withWorkbook } from './host';
import type { RunKind } from './run-guard';
import { activeRun, runExclusive, subscribeRunGuard } from './run-guard';
import { useWorkbookWatch } from './use-workbook-watch';
import { langFromDisplayLanguage, paneText } from './i18n';
import type { RunSettings } from './settings';

/** What the pane is busy with, if anything. */
export type Busy = 'layout' | 'check' | 'summary' | 'clear' | 'template' | 'import' | null;

/** Everything the pane shows. */
export interface PaneState {
  readonly lang: Lang;
  readonly settings: RunSettings;
  readonly layout: WorkbookLayout | null;
  readonly catalogueFile: { readonly name: string; readonly sheet: SheetData } | null;
  readonly busy: Busy;
  readonly progress: Progress | null;
  readonly outcome: CheckOutcome | null;
  readonly error: string | null;
  readonly notice: string | null;
  /** A run the ribbon (or another pane action) holds the workbook with, if any. */
  readonly elsewhere: RunKind | null;
  /** Whether the settings are shown: open until a run finishes while the pane is open, then collapsed so results come first. */
  readonly settingsOpen: boolean;
}

/** State and actions of the task pane over a host. */
export function usePane(host: PaneHost) {
  const initial = useRef(host.settings.load()).current;
  const [state, setState] = useState<PaneState>(() => ({
    lang: initial.lang ?? langFromDisplayLanguage(host.displayLanguage()),
    settings: initial,
    layout: null,
    catalogueFile: null,
    busy: null,
    progress: null,
    outcome: null,
    error: null,
    notice: null,
    elsewhere: null,
    settingsOpen: true,
  }));
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);
  const t = paneText(state.lang);

  /** Shows a run's result; a result that arrives while the pane is open collapses the settings so results come first. */
  const showRun = useCallback((run: LastRun, fresh = true) => {
    if ('failure' in run) patch({ error: run.failure, outcome: null });
    else patch({ outcome: run.outcome, error: null, ...(fresh ? { settingsOpen: false } : {}) });
  }, [patch]);

  /** Re-reads the workbook layout; `quiet` (automatic re-reads) neither blocks the pane nor replaces an error. */
  const refreshLayout = useCallback(async (quiet = false) => {
    if (!quiet) patch({ busy: 'layout', error: null });
    try {
      const layout = await withWorkbook(host, (port) => describeWorkbook(port), false);
      patch(quiet ? { layout } : { layout, busy: null });
    } catch (error) {
      if (!quiet) patch({ busy: null, error: errorText(error, state.lang) });
    }
  }, [host, patch, state.lang]);

  useEffect(() => {
    void refreshLayout();
    const last = latestRun();
    if (last) showRun(last, false);
    const stopRuns = subscribeRuns((run) => showRun(run));
    const stopGuard = subscribeRunGuard((active) => patch({ elsewhere: active }));
    patch({ elsewhere: activeRun() });
    return () => {
      stopRuns();
      stopGuard();
    };
    // Subscribed once when the pane opens; useWorkbookWatch keeps the layout fresh afterwards.
  }, []);
  useWorkbookWatch(host, () => void refreshLayout(true));

  /** Runs `work` holding the workbook; says "a check is running" when the ribbon already holds it. */
  const exclusive = useCallback(async (kind: RunKind, work: () => Promise<void>) => {
    const run = await runExclusive(kind, work);
    if ('declined' in run) patch({ busy: null, progress: null, notice: null, error: paneText(state.lang).runInProgress });
  }, [patch, state.lang]);

  const updateSettings = useCallback((change: Partial<RunSettings>) => {
    setState((s) => {
      const settings = { ...s.settings, ...change };
      void host.settings.save(settings).catch(() => undefined);
      return { ...s, settings };
    });
  }, [host]);

  const setLang = useCallback((lang: Lang) => {
    patch({ lang });
    updateSettings({ lang });
  }, [patch, updateSettings]);

  const run = useCallback((kind: 'check' | 'summary') => exclusive(kind, async () => {
    patch({ busy: kind, error: null, notice: null, progress: null });
    try {
      const result = await runWithSettings(host, kind, state.settings, state.lang, state.catalogueFile?.sheet, (progress) => patch({ progress }));
      if (isRunFailure(result)) {
        patch({ busy: null, progress: null, error: result.message });
        return;
      }
      publishRun({ kind, outcome: result });
      const sheet = kind === 'check' ? result.written.validation : result.written.summary;
      if (sheet) await host.activateSheet(sheet);
      const text = paneText(state.lang);
      patch({ busy: null, progress: null, notice: sheet ? (kind === 'check' ? text.checkWritten(sheet) : text.summaryWritten(sheet)) : null });
    } catch (error) {
      patch({ busy: null, progress: null, error: errorText(error, state.lang) });
    }
  }), [exclusive, host, patch, state.settings, state.lang, state.catalogueFile]);

  const clearFlags = useCallback(() => exclusive('clear', async () => {
    patch({ busy: 'clear', error: null, notice: null });
    try {
      const sheets = state.settings.dataSheet ? [state.settings.dataSheet] : (state.layout?.dataSheets ?? []).map((s) => s.name);
      // One session: the flags of every sheet are cleared together, not one round trip per sheet.
      await withWorkbook(host, async (port) => {
        for (const sheet of sheets) await port.clearFlags(sheet);
      }, true);
      patch({ busy: null, notice: paneText(state.lang).flagsCleared });
    } catch (error) {
      patch({ busy: null, error: errorText(error, state.lang) });
    }
  }), [exclusive, host, patch, state.settings.dataSheet, state.layout, state.lang]);

  const createTemplate = useCallback(async () => {
    patch({ busy: 'template', error: null, notice: null });
    try {
      const { name, created } = await host.addCatalogueTemplate();
      const text = paneText(state.lang);
      patch({ busy: null, notice: created ? text.templateCreated(name) : text.templateExists(name) });
      if (created) void refreshLayout();
    } catch (error) {
      patch({ busy: null, error: errorText(error, state.lang) });
    }
  }, [host, patch, state.lang, refreshLayout]);

  const importCatalogue = useCallback(async (file: File) => {
    patch({ busy: 'import', error: null, notice: null });
    const text = paneText(state.lang);
    try {
      const sheet = await host.openCatalogueFile(file);
      if (sheet === null) {
        patch({ busy: null, error: text.csvOnly });
        return;
      }
      patch({ busy: null, catalogueFile: { name: file.name, sheet }, notice: text.imported(file.name, sheet.rows.length) });
    } catch (error) {
      patch({ busy: null, error: `${file.name}: ${fileErrorText(error, state.lang)}` });
    }
  }, [host, patch, state.lang]);

  const goTo = useCallback(async (sheet: string, cell: string) => {
    try {
      await host.selectCell(sheet, cell);
    } catch (error) {
      patch({ error: errorText(error, state.lang) });
    }
  }, [host, patch, state.lang]);

  return {
    state, t, setLang, updateSettings, refreshLayout, run, clearFlags, createTemplate, importCatalogue, goTo,
    removeImport: () => patch({ catalogueFile: null }),
    dismissError: () => patch({ error: null }),
    toggleSettings: () => setState((s) => ({ ...s, settingsOpen: !s.settingsOpen })),
  };
}
