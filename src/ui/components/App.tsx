/** The task pane: settings, the three actions, progress, messages and results, then consolidation of many units; fits a 320 px pane. */
import {
  Button, Field, FluentProvider, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens, webLightTheme,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { generationTime } from '../../core';
import { useMemo } from 'react';
import { deliverToWorkbook } from '../consolidate-workbook';
import type { PaneHost } from '../host';
import { validThresholds } from '../settings';
import { useConsolidation } from '../use-consolidation';
import { usePane } from '../use-pane';
import { ConsolidatePanel } from './ConsolidatePanel';
import { PaneHeader } from './PaneHeader';
import { ResultsPanel } from './ResultsPanel';
import { ErrorBar, NoticeBar } from './StatusBars';
import { SettingsForm, settingsFormProps } from './SettingsForm';

const useStyles = makeStyles({
  root: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, maxWidth: '640px', boxSizing: 'border-box', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS} 0` },
  primary: { flex: '1 1 100%' },
  secondary: { flex: '1 1 auto', whiteSpace: 'nowrap' },
  status: { marginTop: tokens.spacingVerticalS },
});

/** The whole pane over a host (Office.js in Excel, the offline web app, a fake in tests). */
export function App({ host }: { readonly host: PaneHost }): ReactElement {
  const styles = useStyles();
  const pane = usePane(host);
  const { state, t } = pane;
  const consolidation = useConsolidation(useMemo(() => deliverToWorkbook(host, state.lang), [host, state.lang]));
  const consolidating = consolidation.state.busy !== null;
  const busy = state.busy !== null || state.elsewhere !== null || consolidating;
  const canRun = !busy && validThresholds(state.settings.thresholds);
  const progressValue = state.progress && state.progress.total > 0 ? state.progress.done / state.progress.total : undefined;

  return (
    <FluentProvider theme={webLightTheme} lang={state.lang}>
      <main className={styles.root} aria-busy={busy}>
        <PaneHeader title={t.title} subtitle={t.subtitle} languageLabel={t.language} lang={state.lang} onLang={pane.setLang} size="pane" />
        {!state.settingsOpen && (
          <Button size="small" appearance="subtle" aria-expanded={false} onClick={pane.toggleSettings}>{t.showSettings}</Button>
        )}
        {state.settingsOpen && (
          <SettingsForm
            {...settingsFormProps(t, pane, busy)}
            onTemplate={() => void pane.createTemplate()}
            onRefresh={() => void pane.refreshLayout()}
          />
        )}
        <div className={styles.actions}>
          <Button className={styles.primary} appearance="primary" disabled={!canRun} onClick={() => void pane.run('check')}>{t.check}</Button>
          <Button className={styles.secondary} disabled={!canRun} onClick={() => void pane.run('summary')}>{t.summary}</Button>
          <Button className={styles.secondary} disabled={busy} onClick={() => void pane.clearFlags()}>{t.clearFlags}</Button>
        </div>
        <div aria-live="polite" className={styles.status}>
          {(state.busy === 'check' || state.busy === 'summary' || state.busy === 'layout') && (
            <Field label={state.progress ? t.phase[state.progress.phase] : t.phase.read} validationState="none">
              <ProgressBar value={progressValue} thickness="large" aria-label={state.progress ? t.phase[state.progress.phase] : t.phase.read} />
            </Field>
          )}
          {state.elsewhere !== null && state.busy === null && !consolidating && (
            <MessageBar intent="info">
              <MessageBarBody>{t.runInProgress}</MessageBarBody>
            </MessageBar>
          )}
          <NoticeBar notice={state.notice} />
        </div>
        <ErrorBar title={t.errorTitle} error={state.error} className={styles.status} />
        {state.layout && state.layout.dataSheets.length === 0 && !state.error && (
          <MessageBar intent="warning" className={styles.status}>
            <MessageBarBody>{t.noSheets}</MessageBarBody>
          </MessageBar>
        )}
        {state.outcome && <ResultsPanel t={t} lang={state.lang} outcome={state.outcome} onGo={(sheet, cell) => void pane.goTo(sheet, cell)} />}
        <ConsolidatePanel
          t={t}
          lang={state.lang}
          disabled={state.busy !== null || state.elsewhere !== null}
          catalogueName={state.catalogueFile?.name ?? null}
          consolidation={consolidation}
          onRun={() => void consolidation.run({
            settings: state.settings, lang: state.lang, catalogue: state.catalogueFile?.sheet, generatedAt: generationTime(undefined, host.now()),
          })}
        />
      </main>
    </FluentProvider>
  );
}
