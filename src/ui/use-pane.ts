/** The pane's state and actions: settings, workbook layout, runs with progress, results and errors. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckOutcome, WorkbookLayout } from '../core/api';
import type { Lang, SheetData } from '../core/model';
import type { Progress } from '../core/port';
import { describeWorkbook, isRunFailure } from '../core';
import { latestRun, publishRun, subscribeRuns } from './last-run';
import type { LastRun } from './last-run';
import type { PaneHost } from './host';
import { runWithSettings } from './host';
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
}

/** A message for an error thrown by the host or the engine, saying what to do. */
function errorText(error: unknown, lang: Lang): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const message = error instanceof Error ? error.message : String(error);
  return paneText(lang).officeError(code || message);
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
  }));
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);
  const t = paneText(state.lang);

  const showRun = useCallback((run: LastRun) => {
    if ('failure' in run) patch({ error: run.failure, outcome: null });
    else patch({ outcome: run.outcome, error: null });
  }, [patch]);

  const refreshLayout = useCallback(async () => {
    patch({ busy: 'layout', error: null });
    try {
      patch({ layout: await describeWorkbook(host.port), busy: null });
    } catch (error) {
      patch({ busy: null, error: errorText(error, state.lang) });
    }
  }, [host, patch, state.lang]);

  useEffect(() => {
    void refreshLayout();
    const last = latestRun();
    if (last) showRun(last);
    return subscribeRuns(showRun);
    // Read the workbook once when the pane opens; the user can re-read it with the refresh button.
  }, []);

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

  const run = useCallback(async (kind: 'check' | 'summary') => {
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
  }, [host, patch, state.settings, state.lang, state.catalogueFile]);

  const clearFlags = useCallback(async () => {
    patch({ busy: 'clear', error: null, notice: null });
    try {
      const sheets = state.settings.dataSheet ? [state.settings.dataSheet] : (state.layout?.dataSheets ?? []).map((s) => s.name);
      for (const sheet of sheets) await host.port.clearFlags(sheet);
      patch({ busy: null, notice: paneText(state.lang).flagsCleared });
    } catch (error) {
      patch({ busy: null, error: errorText(error, state.lang) });
    }
  }, [host, patch, state.settings.dataSheet, state.layout, state.lang]);

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
      patch({ busy: null, error: `${file.name}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }, [host, patch, state.lang]);

  const goTo = useCallback(async (sheet: string, cell: string) => {
    try {
      await host.selectCell(sheet, cell);
    } catch (error) {
      patch({ error: errorText(error, state.lang) });
    }
  }, [host, patch, state.lang]);

  return { state, t, setLang, updateSettings, refreshLayout, run, clearFlags, createTemplate, importCatalogue, removeImport: () => patch({ catalogueFile: null }), goTo, dismissError: () => patch({ error: null }) };
}
