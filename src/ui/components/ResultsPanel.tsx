/** Counts of the last run: by severity, by achievement band, the narrative, the same-period comparison, then the issue list. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { CheckOutcome, Lang } from '../../core';
import { BAND_COLORS, BANDS, SEVERITY_COLORS } from '../../core';
import { dictionary } from '../../core';
import type { PaneText } from '../i18n';
import { BaselineList } from './BaselineList';
import { IssueList } from './IssueList';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalS} 0` },
  severities: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', rowGap: '4px' },
  pill: { padding: '2px 8px', borderRadius: '999px', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { padding: '3px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  count: { padding: '3px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'right', fontWeight: tokens.fontWeightSemibold, width: '3em' },
  swatch: { display: 'inline-block', width: '10px', height: '10px', borderRadius: '2px', marginRight: '6px', verticalAlign: 'middle' },
  narrative: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Props of the results panel. */
export interface ResultsPanelProps {
  readonly t: PaneText;
  readonly lang: Lang;
  /** The run's counts, narrative and report (summary, thresholds, issues, and the indicators' same-period comparison when given). */
  readonly outcome: Pick<CheckOutcome, 'counts' | 'narrative'> & {
    readonly report: Pick<CheckOutcome['report'], 'summary' | 'thresholds' | 'issues'> & Partial<Pick<CheckOutcome['report'], 'indicators'>>;
  };
  /** Selects an issue's cell; hosts without a live workbook leave it out (items are then plain text). */
  readonly onGo?: (sheet: string, cell: string) => void;
}

/** The results of the last run, in the pane's language (messages stay in the run's language). */
export function ResultsPanel({ t, lang, outcome, onGo }: ResultsPanelProps): ReactElement {
  const styles = useStyles();
  const dict = dictionary(lang);
  const { summary, thresholds, issues } = outcome.report;
  const withBaseline = (outcome.report.indicators ?? []).filter((i) => i.baseline !== null);
  return (
    <div>
      <section className={styles.section} aria-labelledby="results-severity">
        <h2 id="results-severity" className={styles.h2}>{t.bySeverity}</h2>
        <div className={styles.severities} data-testid="severity-counts">
          {(['error', 'warning', 'info'] as const).map((s) => (
            <span key={s} className={styles.pill} style={{ background: `#${SEVERITY_COLORS[s].fill}`, color: `#${SEVERITY_COLORS[s].color}` }} data-severity={s}>
              {dict.severity[s]}: {outcome.counts[s]}
            </span>
          ))}
        </div>
      </section>
      <section className={styles.section} aria-labelledby="results-bands">
        <h2 id="results-bands" className={styles.h2}>{t.byBand}</h2>
        <table className={styles.table} data-testid="band-counts">
          <tbody>
            {BANDS.map((band) => (
              <tr key={band} data-band={band}>
                <th scope="row" className={styles.cell}>
                  <span className={styles.swatch} style={{ background: `#${BAND_COLORS[band]}` }} aria-hidden="true" />
                  {dict.band(band, thresholds.critical, thresholds.warning)}
                </th>
                <td className={styles.count}>{summary.bands[band]}</td>
              </tr>
            ))}
            <tr data-band="total">
              <th scope="row" className={styles.cell}><strong>{t.total}</strong></th>
              <td className={styles.count}>{summary.total}</td>
            </tr>
          </tbody>
        </table>
        <p className={styles.narrative}>{outcome.narrative}</p>
      </section>
      {withBaseline.length > 0 && (
        <section className={styles.section} aria-labelledby="results-baseline">
          <h2 id="results-baseline" className={styles.h2}>{t.baselineTitle}</h2>
          <BaselineList t={t} dict={dict} indicators={withBaseline} />
        </section>
      )}
      <section className={styles.section} aria-labelledby="results-issues">
        <h2 id="results-issues" className={styles.h2}>{t.issues}</h2>
        <IssueList t={t} issues={issues} severityLabel={(s) => dict.severity[s]} onGo={onGo} />
      </section>
    </div>
  );
}
