/** The comparison with the same period (SPEC §5.1): each indicator with a baseline, its rate of plan and of baseline. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Dictionary, IndicatorReport } from '../../core';
import type { PaneText } from '../i18n';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  head: { padding: '3px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, textAlign: 'left', fontWeight: tokens.fontWeightSemibold },
  cell: { padding: '3px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  number: { padding: '3px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'right', whiteSpace: 'nowrap' },
});

/** Props of the baseline list. */
export interface BaselineListProps {
  readonly t: PaneText;
  readonly dict: Dictionary;
  readonly indicators: readonly IndicatorReport[];
}

/** A rate in percent as the pane's language writes it, one decimal ("93,4%"), or a dash. */
function percent(dict: Dictionary, rate: number | null): string {
  return rate === null ? '–' : `${dict.formatNumber(rate, 1)}%`;
}

/** The indicators that have a baseline, with "Tỷ lệ" and "So với cùng kỳ"; nothing when none has one. */
export function BaselineList({ t, dict, indicators }: BaselineListProps): ReactElement | null {
  const styles = useStyles();
  const rows = indicators.filter((i) => i.baseline !== null);
  if (rows.length === 0) return null;
  return (
    <table className={styles.table} data-testid="baseline-list">
      <thead>
        <tr>
          <th scope="col" className={styles.head}>{t.indicator}</th>
          <th scope="col" className={styles.head}>{t.rateOfPlan}</th>
          <th scope="col" className={styles.head}>{t.rateOfBaseline}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
          <tr key={`${i.sheet}!${i.row ?? i.code}`} data-code={i.code}>
            <th scope="row" className={styles.cell}>{i.name}</th>
            <td className={styles.number}>{percent(dict, i.rate)}</td>
            <td className={styles.number}>{percent(dict, i.baselineRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
