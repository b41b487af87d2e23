/** The issue list grouped by severity; each item is a button that selects its cell in the workbook. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useState } from 'react';
import type { IssueReport, Severity } from '../../core';
import { SEVERITY_COLORS } from '../../core';
import type { PaneText } from '../i18n';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** How many items a group shows before "show more". */
const PAGE = 50;

const useStyles = makeStyles({
  group: { margin: `${tokens.spacingVerticalS} 0` },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS} 0`, padding: '2px 6px', borderRadius: tokens.borderRadiusMedium },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  item: { justifyContent: 'flex-start', textAlign: 'left', width: '100%', minWidth: 0, height: 'auto', padding: '4px 6px', fontWeight: tokens.fontWeightRegular, whiteSpace: 'normal' },
  text: { display: 'block', padding: '4px 6px', fontSize: tokens.fontSizeBase300 },
  where: { fontWeight: tokens.fontWeightSemibold, marginRight: '6px', whiteSpace: 'nowrap' },
});

/** Props of the issue list. */
export interface IssueListProps {
  readonly t: PaneText;
  readonly issues: readonly IssueReport[];
  readonly severityLabel: (severity: Severity) => string;
  /** Selects the issue's cell; without it (no live workbook) items are plain text. */
  readonly onGo?: (sheet: string, cell: string) => void;
}

/** Issues in three labelled groups (errors, warnings, info), most serious first. */
export function IssueList({ t, issues, severityLabel, onGo }: IssueListProps): ReactElement {
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, number>>({ error: PAGE, warning: PAGE, info: PAGE });
  if (issues.length === 0) return <p>{t.noIssues}</p>;
  return (
    <div>
      {SEVERITIES.map((severity) => {
        const group = issues.filter((i) => i.severity === severity);
        if (group.length === 0) return null;
        const id = `issues-${severity}`;
        return (
          <section key={severity} className={styles.group} aria-labelledby={id} data-severity={severity}>
            <h3 id={id} className={styles.heading} style={{ background: `#${SEVERITY_COLORS[severity].fill}`, color: `#${SEVERITY_COLORS[severity].color}` }}>
              {severityLabel(severity)} ({group.length})
            </h3>
            <ul className={styles.list}>
              {group.slice(0, shown[severity]).map((issue, index) => {
                const where = issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
                return (
                  <li key={`${where}-${issue.rule}-${index}`}>
                    {onGo ? (
                      <Button appearance="subtle" className={styles.item} title={t.goToCell(where)} onClick={() => onGo(issue.sheet, issue.cell)}>
                        <span>
                          <span className={styles.where}>{where}</span>
                          {issue.message}
                        </span>
                      </Button>
                    ) : (
                      <span className={styles.text}>
                        <span className={styles.where}>{where}</span>
                        {issue.message}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
            {group.length > shown[severity] && (
              <Button size="small" appearance="transparent" onClick={() => setShown({ ...shown, [severity]: shown[severity] + PAGE })}>
                {t.showMore(Math.min(PAGE, group.length - shown[severity]))}
              </Button>
            )}
          </section>
        );
      })}
    </div>
  );
}
