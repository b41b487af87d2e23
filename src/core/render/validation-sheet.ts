import type { IssueReport } from '../model/api';
import { dictionary, fill } from '../i18n';
import type { Lang, Severity } from '../model/model';
import type { ModelCell, SheetModel, StyleId } from '../model/sheet-model';

const SEVERITY_STYLE: Readonly<Record<Severity, StyleId>> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** Rows above the first issue: title, counts, time, header. */
export const VALIDATION_HEADER_ROWS = 4;

/** Characters of a message that fit on one line of the message column, and the height of a line in points. */
const MESSAGE_CHARS_PER_LINE = 95;
const LINE_HEIGHT = 15.75;

/** Inputs of the validation sheet. */
export interface ValidationSheetInput {
  /** The report's issues, already sorted and with their messages. */
  readonly issues: readonly IssueReport[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly lang: Lang;
  /** Sheets of the workbook: only cells on these get a link (a catalogue read from a file has no sheet to jump to). */
  readonly sheets: ReadonlySet<string>;
  readonly generatedAt: string;
}

/** Renders the `Kiểm tra` sheet (SPEC §7.2): a counts heading, then one row per issue, errors first, with a link to its cell. */
export function renderValidationSheet(input: ValidationSheetInput): SheetModel {
  const dict = dictionary(input.lang);
  const t = dict.text;
  const { error, warning, info } = input.counts;
  const countsLine = error + warning + info === 0 ? t.validationNone : fill(t.validationCounts, { errors: error, warnings: warning, infos: info });
  const rows: Array<ReadonlyArray<ModelCell | undefined>> = [
    [{ value: t.validationTitle, style: 'title' }],
    [{ value: countsLine, style: 'sectionTitle' }],
    [{ value: fill(t.generatedAt, { time: input.generatedAt }), style: 'meta' }],
    [t.colSeverity, t.colRule, t.colSheet, t.colCell, t.colCode, t.colMessage].map((value) => ({ value, style: 'header' as const })),
  ];
  const heights: Record<number, number> = { 1: 24, 4: 20 };
  for (const issue of input.issues) {
    const message = issue.message;
    const lines = Math.ceil(message.length / MESSAGE_CHARS_PER_LINE);
    if (lines > 1) heights[rows.length + 1] = LINE_HEIGHT * lines;
    rows.push([
      { value: dict.severity[issue.severity], style: SEVERITY_STYLE[issue.severity] },
      { value: issue.rule, style: 'text' },
      { value: issue.sheet, style: 'text' },
      issue.cell && input.sheets.has(issue.sheet)
        ? { value: issue.cell, style: 'link', link: { sheet: issue.sheet, cell: issue.cell } }
        : { value: issue.cell || null, style: 'text' },
      { value: issue.code ?? '', style: 'textCenter' },
      { value: message, style: 'text' },
    ]);
  }
  return {
    role: 'validation',
    name: dict.sheetNames.validation,
    rows,
    merges: ['A1:F1', 'A2:F2', 'A3:F3'],
    columnWidths: [12, 24, 22, 9, 13, 90],
    rowHeights: heights,
    freezeRows: VALIDATION_HEADER_ROWS,
    print: { landscape: true, fitToWidth: true },
  };
}
