/** The offline web app's page: pick a workbook, adjust the settings, see the pane's results, download the outputs; or consolidate many units. */
import {
  Button, Field, FluentProvider, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens, webLightTheme,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useEffect } from 'react';
import type { Lang } from '../../core';
import { ConsolidatePanel } from '../../ui/components/ConsolidatePanel';
import { PaneHeader } from '../../ui/components/PaneHeader';
import { ResultsPanel } from '../../ui/components/ResultsPanel';
import { ErrorBar } from '../../ui/components/StatusBars';
import { SettingsForm, settingsFormProps } from '../../ui/components/SettingsForm';
import { validThresholds } from '../../ui/settings';
import { useWebApp } from '../use-web-app';
import { useWebConsolidation } from '../use-web-consolidation';
import type { WorkbookChecker } from '../worker-client';
import { Downloads } from './Downloads';
import { WorkbookPicker } from './WorkbookPicker';

const useStyles = makeStyles({
  root: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, maxWidth: '760px', margin: '0 auto', boxSizing: 'border-box' },
  offline: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: `0 0 ${tokens.spacingVerticalM} 0` },
  block: { marginTop: tokens.spacingVerticalM },
  settings: { marginTop: tokens.spacingVerticalL, padding: tokens.spacingVerticalM, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusLarge },
});

/** Props of the page. */
export interface WebAppProps {
  readonly checker: WorkbookChecker;
  readonly initialLang: Lang;
  /** Fixed generation time for the owned sheets (seconds since 1970), as SOURCE_DATE_EPOCH for the CLI. */
  readonly sourceDateEpoch?: string;
}

/** The whole page. */
export function WebApp({ checker, initialLang, sourceDateEpoch }: WebAppProps): ReactElement {
  const styles = useStyles();
  const app = useWebApp(checker, initialLang, sourceDateEpoch);
  const { state, t } = app;
  const units = useWebConsolidation(state.lang, sourceDateEpoch);
  const busy = state.busy !== null;
  const progress = state.progress && state.progress.total > 0 ? state.progress.done / state.progress.total : undefined;
  const phase = state.busy === 'open' ? t.web.opening : t.phase[state.progress?.phase ?? 'read'];

  useEffect(() => {
    document.title = t.web.pageTitle;
    document.documentElement.lang = state.lang;
  }, [t, state.lang]);

  return (
    <FluentProvider theme={webLightTheme} lang={state.lang}>
      <main className={styles.root} aria-busy={busy} data-busy={state.busy ?? ''}>
        <PaneHeader title={t.title} subtitle={t.subtitle} languageLabel={t.language} lang={state.lang} onLang={app.setLang} size="page" />
        <p className={styles.offline}>{t.web.offline}</p>
        <WorkbookPicker text={t.web} fileName={state.fileName} onFile={(file) => void app.openFile(file)} />
        <div aria-live="polite" className={styles.block} data-testid="status">
          {(state.busy === 'open' || state.busy === 'check') && (
            <Field label={phase} validationState="none">
              <ProgressBar value={progress} thickness="large" aria-label={phase} data-testid="progress" />
            </Field>
          )}
          {state.notice && (
            <MessageBar intent="info" className={styles.block} data-testid="notice">
              <MessageBarBody>{state.notice}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        <ErrorBar title={t.errorTitle} error={state.error?.[state.lang]} className={styles.block} testId="error" />
        {state.downloads && <Downloads text={t.web} files={state.downloads} />}
        {state.outcome && <ResultsPanel t={t} lang={state.lang} outcome={state.outcome} />}
        <section className={styles.settings} aria-label={t.web.recheck}>
          <SettingsForm {...settingsFormProps(t, app, busy)} />
          <Button className={styles.block} appearance="primary" disabled={busy || !state.fileName || !validThresholds(state.settings.thresholds)} onClick={app.recheck}>
            {t.web.recheck}
          </Button>
        </section>
        <ConsolidatePanel
          t={t}
          lang={state.lang}
          disabled={busy}
          catalogueName={state.catalogueFile?.name ?? null}
          consolidation={units.consolidation}
          onRun={() => units.run(state.settings, state.catalogueFile?.sheet)}
          output={units.downloads && (
            <Downloads text={t.web} files={units.downloads} labels={{ workbook: t.consolidate.downloadWorkbook, hint: t.consolidate.downloadHint, idPrefix: 'consolidated-download' }} />
          )}
        />
      </main>
    </FluentProvider>
  );
}
