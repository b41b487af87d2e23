/** The result of a consolidation: the completeness lines the sheet and the command line print, then each unit's issue counts. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { ConsolidatedReport, Lang } from '../../core';
import { consolidationWords } from '../../core';
import type { PaneText } from '../i18n';

const useStyles = makeStyles({
  lines: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: 0, listStyleType: 'none', fontSize: tokens.fontSizeBase300 },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS} 0` },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { padding: '3px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left', verticalAlign: 'top', overflowWrap: 'anywhere' },
  count: { padding: '3px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'right', verticalAlign: 'top', width: '3em' },
});

/** Props of the consolidation result. */
export interface ConsolidationSummaryProps {
  readonly t: PaneText;
  readonly lang: Lang;
  readonly report: ConsolidatedReport;
}

/** Submitted and missing units, units with errors, unreadable files, and a table of units with their issues and blanks. */
export function ConsolidationSummary({ t, lang, report }: ConsolidationSummaryProps): ReactElement {
  const styles = useStyles();
  const words = consolidationWords(lang);
  const unreadable = report.units.filter((u) => u.status === 'unreadable');
  const col = words.columns;
  return (
    <div data-testid="consolidation-summary">
      <ul className={styles.lines} data-testid="completeness">
        <li>{report.completeness}</li>
        <li>{words.unitsWithErrors(report.units.filter((u) => u.errors > 0).map((u) => u.name))}</li>
        {unreadable.length > 0 && <li>{words.unreadableUnits(unreadable.map((u) => `${u.name} (${u.file})`))}</li>}
      </ul>
      <h3 className={styles.h3}>{t.consolidate.issuesByUnit}</h3>
      <table className={styles.table} data-testid="unit-issues">
        <thead>
          <tr>
            <th className={styles.cell} scope="col">{col.unitName}</th>
            <th className={styles.cell} scope="col">{col.status}</th>
            <th className={styles.count} scope="col">{col.errors}</th>
            <th className={styles.count} scope="col">{col.warnings}</th>
            <th className={styles.cell} scope="col">{col.blank}</th>
          </tr>
        </thead>
        <tbody>
          {report.units.map((u) => (
            <tr key={u.file} data-unit={u.name}>
              <th className={styles.cell} scope="row">{u.name}</th>
              <td className={styles.cell}>{words.status[u.status]}</td>
              <td className={styles.count}>{u.errors}</td>
              <td className={styles.count}>{u.warnings}</td>
              <td className={styles.cell}>{u.blank.join(', ')}</td>
            </tr>
          ))}
          {report.duplicates.map((d) => (
            <tr key={`dup:${d.file}`} data-unit={d.name}>
              <th className={styles.cell} scope="row">{d.name} ({d.file})</th>
              <td className={styles.cell} colSpan={4}>{words.status.duplicate}</td>
            </tr>
          ))}
          {report.missingUnits.map((name) => (
            <tr key={`missing:${name}`} data-unit={name}>
              <th className={styles.cell} scope="row">{name}</th>
              <td className={styles.cell} colSpan={4}>{words.status.missing}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
