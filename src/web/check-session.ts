/**
 * What the worker does with one workbook: open its bytes, describe it, and check it exactly as `chitieu check`
 * does (same engine options, same writer, same JSON), returning the checked workbook and the report as bytes.
 */
import type { CheckOptions, ProgressListener, SheetData, WorkbookLayout } from '../core';
import { checkOptionsFrom, CLI_MESSAGES, describeWorkbook, failureMessage, generationTime, inBothLanguages, isRunFailure, paneTexts, perLanguage, runCheck } from '../core';
import { catalogueFileMessage, FilePort, openWorkbook, PACKAGE_MESSAGES, readCatalogueBytes, XlsxError } from './package-layer';
import type { XlsxWorkbook } from './package-layer';
import type { PageMessage, ShownOutcome, WebCheckSettings } from './protocol';

/** A check that could not run, with the message the CLI would print for it. */
export class SessionError extends Error {
  /** The bilingual reason. */
  readonly text: PageMessage;

  /** Creates the error from its bilingual reason. */
  constructor(text: PageMessage) {
    super(text.en);
    this.text = text;
  }
}

/** A checked workbook and its report, ready to download. */
export interface SessionResult {
  readonly outcome: ShownOutcome;
  readonly workbook: Uint8Array;
  readonly workbookName: string;
  readonly report: Uint8Array;
  readonly reportName: string;
}

/** The CLI's default output name for an input (`NAME.checked.xlsx`, `.xlsm` kept). */
export function checkedName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const base = dot > 0 ? fileName.slice(0, dot) : fileName;
  return `${base}.checked${fileName.toLowerCase().endsWith('.xlsm') ? '.xlsm' : '.xlsx'}`;
}

/** The report's download name. */
export function reportName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return `${dot > 0 ? fileName.slice(0, dot) : fileName}.report.json`;
}

/** The engine options `chitieu check` builds from the same choices. */
export function engineOptions(settings: WebCheckSettings, now: Date): CheckOptions {
  return checkOptionsFrom({
    ...settings,
    dataSheets: settings.dataSheet ? [settings.dataSheet] : [],
    generatedAt: generationTime(settings.sourceDateEpoch, now),
  });
}

/** The user-facing reason for anything thrown while reading or writing a workbook. */
export function sessionMessage(error: unknown): PageMessage {
  if (error instanceof SessionError) return error.text;
  if (error instanceof XlsxError) return PACKAGE_MESSAGES[error.code];
  return inBothLanguages(CLI_MESSAGES.unexpectedFailure, String((error as Error)?.message ?? error));
}

/** The catalogue in a picked file, read as `chitieu check --catalogue FILE` reads it (throws with the CLI's message). */
export function readCatalogueFile(fileName: string, bytes: Uint8Array): SheetData {
  const result = readCatalogueBytes(bytes, fileName);
  if (result.kind !== 'sheet') throw new SessionError(catalogueFileMessage(result.kind, fileName));
  return result.sheet;
}

/** The reason given when a check is asked for before any workbook is open. */
export const NO_WORKBOOK: PageMessage = perLanguage((lang) => paneTexts(lang).web.noWorkbook);

/** One opened workbook in the worker; each check starts from the bytes as opened, so re-checks never stack. */
export class CheckSession {
  private constructor(
    private readonly workbook: XlsxWorkbook,
    private readonly fileName: string,
  ) {}

  /** Opens a picked file, refusing a legacy .xls by name (as the CLI does) and anything unreadable by content. */
  static open(fileName: string, bytes: Uint8Array): CheckSession {
    if (fileName.toLowerCase().endsWith('.xls')) throw new SessionError(PACKAGE_MESSAGES['legacy-xls']);
    return new CheckSession(openWorkbook(bytes), fileName);
  }

  /** The sheets, catalogue and data sheets the settings form offers. */
  layout(): Promise<WorkbookLayout> {
    return describeWorkbook(new FilePort(this.workbook));
  }

  /** Runs the check with every output on (validation sheet, summary sheet, flags), as the CLI does. */
  async check(settings: WebCheckSettings, onProgress: ProgressListener, now: Date = new Date()): Promise<SessionResult> {
    const port = new FilePort(this.workbook);
    const outcome = await runCheck(port, engineOptions(settings, now), { validation: true, summary: true, flags: true }, onProgress);
    if (isRunFailure(outcome)) throw new SessionError(perLanguage((lang) => failureMessage(outcome.failure, outcome.params, lang)));
    onProgress({ phase: 'write', done: 0, total: 1 });
    const written = port.commit();
    const { summary, thresholds, issues } = outcome.report;
    return {
      outcome: { narrative: outcome.narrative, counts: outcome.counts, report: { summary, thresholds, issues } },
      workbook: written.bytes,
      workbookName: checkedName(this.fileName),
      report: new TextEncoder().encode(JSON.stringify(outcome.report, null, 2) + '\n'),
      reportName: reportName(this.fileName),
    };
  }
}
