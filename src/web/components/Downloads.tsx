/** Links to the workbook and the JSON report of the last check or consolidation (object URLs made in the page). */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { WebText } from '../../ui/i18n';
import type { Downloads as Files } from '../use-web-app';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalS} 0` },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalS} 0 0 0` },
});

/** What differs between the check's downloads and the consolidation's: the workbook's label, the hint, and the element ids. */
export interface DownloadLabels {
  readonly workbook: (name: string) => string;
  readonly hint: string;
  /** Prefix of the heading id and test ids (`download` gives `download-workbook`, `download-report`). */
  readonly idPrefix: string;
}

/** The two download buttons; `labels` defaults to the check's. */
export function Downloads({ text, files, labels }: { readonly text: WebText; readonly files: Files; readonly labels?: DownloadLabels }): ReactElement {
  const styles = useStyles();
  const { workbook, hint, idPrefix } = labels ?? { workbook: text.downloadWorkbook, hint: text.downloadHint, idPrefix: 'download' };
  return (
    <section className={styles.section} aria-labelledby={`${idPrefix}s`}>
      <h2 id={`${idPrefix}s`} className={styles.h2}>{text.downloads}</h2>
      <div className={styles.row}>
        <Button as="a" appearance="primary" href={files.workbookUrl} download={files.workbookName} data-testid={`${idPrefix}-workbook`}>
          {workbook(files.workbookName)}
        </Button>
        <Button as="a" href={files.reportUrl} download={files.reportName} data-testid={`${idPrefix}-report`}>
          {text.downloadReport(files.reportName)}
        </Button>
      </div>
      <p className={styles.hint}>{hint}</p>
    </section>
  );
}
