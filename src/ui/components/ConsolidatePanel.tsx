/** "Tổng hợp nhiều đơn vị": pick the units' files and an optional unit list, run, follow the progress, read the result. */
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeEvent, ReactElement, ReactNode } from 'react';
import { useRef } from 'react';
import type { Lang } from '../../core';
import type { PaneText } from '../i18n';
import type { ConsolidationControls } from '../use-consolidation';
import { ConsolidationSummary } from './ConsolidationSummary';
import { ErrorBar, NoticeBar } from './StatusBars';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL, paddingTop: tokens.spacingVerticalM, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS} 0` },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: `0 0 ${tokens.spacingVerticalS} 0` },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  note: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  block: { marginTop: tokens.spacingVerticalS },
  hiddenInput: { display: 'none' },
});

/** Props of the section. */
export interface ConsolidatePanelProps {
  readonly t: PaneText;
  readonly lang: Lang;
  /** True while another run holds the pane. */
  readonly disabled: boolean;
  /** The imported catalogue file every unit is checked against, if any. */
  readonly catalogueName: string | null;
  readonly consolidation: ConsolidationControls;
  readonly onRun: () => void;
  /** What the host adds under the result (the web app's downloads). */
  readonly output?: ReactNode;
}

/** The files picked from disk (a file input with `multiple`), as a list. */
function picked(e: ChangeEvent<HTMLInputElement>): File[] {
  const files = [...(e.target.files ?? [])];
  e.target.value = '';
  return files;
}

/** The consolidation section, the same in the task pane and the web app. */
export function ConsolidatePanel({ t, lang, disabled, catalogueName, consolidation, onRun, output }: ConsolidatePanelProps): ReactElement {
  const styles = useStyles();
  const text = t.consolidate;
  const { state } = consolidation;
  const units = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLInputElement>(null);
  const busy = disabled || state.busy !== null;
  const label = state.progress ? text.reading(state.progress.done, state.progress.total, state.progress.file) : t.phase.write;
  return (
    <section className={styles.section} aria-labelledby="consolidate-title" data-testid="consolidate">
      <h2 id="consolidate-title" className={styles.h2}>{text.title}</h2>
      <p className={styles.hint}>{text.hint}</p>
      <div className={styles.row}>
        <Button size="small" disabled={busy} onClick={() => units.current?.click()}>{text.pickUnits}</Button>
        {state.files.length > 0 && <span className={styles.note} data-testid="units-picked">{text.unitsPicked(state.files.length)}</span>}
        <input ref={units} className={styles.hiddenInput} type="file" multiple accept=".xlsx,.xlsm" aria-label={text.pickUnits}
          data-testid="units-input" onChange={(e) => consolidation.pickFiles(picked(e))} />
      </div>
      <div className={styles.row}>
        {state.unitList ? (
          <>
            <span className={styles.note}>{text.unitList(state.unitList.name)}</span>
            <Button size="small" disabled={busy} onClick={() => consolidation.pickUnitList(null)}>{text.removeUnitList}</Button>
          </>
        ) : (
          <Button size="small" disabled={busy} onClick={() => list.current?.click()}>{text.pickUnitList}</Button>
        )}
        <input ref={list} className={styles.hiddenInput} type="file" accept=".csv,.txt,.xlsx,.xlsm" aria-label={text.pickUnitList}
          data-testid="unit-list-input" onChange={(e) => consolidation.pickUnitList(picked(e)[0] ?? null)} />
      </div>
      <p className={`${styles.note} ${styles.block}`}>{catalogueName ? text.catalogueShared(catalogueName) : text.catalogueOwn}</p>
      <Button className={styles.block} appearance="primary" disabled={busy || state.files.length === 0} onClick={onRun}>{text.run}</Button>
      <div aria-live="polite" className={styles.block} data-testid="consolidate-status">
        {state.busy !== null && (
          <Field label={label} validationState="none">
            <ProgressBar value={state.progress ? state.progress.done / state.progress.total : undefined} thickness="large" aria-label={label} />
          </Field>
        )}
        <NoticeBar notice={state.notice} />
      </div>
      <ErrorBar title={t.errorTitle} error={state.error} className={styles.block} />
      {state.report && state.busy === null && <ConsolidationSummary t={t} lang={lang} report={state.report} />}
      {state.busy === null && output}
    </section>
  );
}
