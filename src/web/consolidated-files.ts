/** The web app's consolidation output: a new workbook with the three owned sheets (built as the command line builds its --out) and the JSON report. */
import type { ConsolidationResult } from '../ui/consolidate';
import type { PaneText } from '../ui/i18n';
import { blankWorkbookBytes, openWorkbook, writeCheckedWorkbook } from './package-layer';

/** The two files a consolidation offers for download. */
export interface ConsolidatedFiles {
  readonly workbook: Uint8Array<ArrayBuffer>;
  readonly workbookName: string;
  readonly report: Uint8Array<ArrayBuffer>;
  readonly reportName: string;
}

/** The consolidated workbook (a new package holding only the three sheets) and the report as `--json` writes it. */
export function consolidatedFiles(result: ConsolidationResult, text: PaneText['consolidate']): ConsolidatedFiles {
  const written = writeCheckedWorkbook(openWorkbook(blankWorkbookBytes()), { sheets: result.sheets, flags: [] });
  return {
    // The writer builds its package in a plain ArrayBuffer (never a shared one), so it can become a Blob.
    workbook: written.bytes as Uint8Array<ArrayBuffer>,
    workbookName: text.workbookName,
    report: new TextEncoder().encode(JSON.stringify(result.report, null, 2) + '\n'),
    reportName: text.reportName,
  };
}
