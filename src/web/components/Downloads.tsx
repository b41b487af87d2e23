/** Links to the checked workbook and the JSON report of the last check (object URLs made in the page). */
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

/** The two download buttons. */
export function Downloads({ text, files }: { readonly text: WebText; readonly files: Files }): ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="downloads">
      <h2 id="downloads" className={styles.h2}>{text.downloads}</h2>
      <div className={styles.row}>
        <Button as="a" appearance="primary" href={files.workbookUrl} download={files.workbookName} data-testid="download-workbook">
          {text.downloadWorkbook(files.workbookName)}
        </Button>
        <Button as="a" href={files.reportUrl} download={files.reportName} data-testid="download-report">
          {text.downloadReport(files.reportName)}
        </Button>
      </div>
      <p className={styles.hint}>{text.downloadHint}</p>
    </section>
  );
}
