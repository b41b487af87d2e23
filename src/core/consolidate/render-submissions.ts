/** The `Tình hình nộp báo cáo` sheet: who submitted, who did not, what each left blank, and rows matching nothing. */
import { dictionary, fill } from '../i18n';
import { consolidationWords } from '../i18n/consolidation';
import type { SheetModel } from '../model/sheet-model';
import type { Row } from './render-cells';
import { fitToWidthSheet, headerRow, wideLine, wrappedHeight } from './render-cells';
import type { ConsolidationSheetInput } from './render';

const WIDTHS = [6, 30, 28, 18, 8, 10, 30, 30, 12, 50];
const HEADER = ['stt', 'unitName', 'file', 'status', 'errors', 'warnings', 'blank', 'missing', 'unmatched', 'note'] as const;

/** Renders `Tình hình nộp báo cáo` / `Submissions` (SPEC §10 completeness). */
export function renderSubmissionsSheet(input: ConsolidationSheetInput): SheetModel {
  const words = consolidationWords(input.lang);
  const report = input.report;
  const rows: Row[] = [];
  const merges: string[] = [];
  const heights: Record<number, number> = {};
  const n = WIDTHS.length;
  heights[wideLine(rows, merges, n, { value: words.titles.submissions, style: 'title' })] = 26;
  heights[wideLine(rows, merges, n, { value: report.completeness, style: 'narrative' })] = wrappedHeight(report.completeness, 190);
  const errorsLine = words.unitsWithErrors(report.units.filter((u) => u.errors > 0).map((u) => u.name));
  heights[wideLine(rows, merges, n, { value: errorsLine, style: 'narrative' })] = wrappedHeight(errorsLine, 190);
  const unreadable = report.units.filter((u) => u.status === 'unreadable');
  if (unreadable.length > 0) wideLine(rows, merges, n, { value: words.unreadableUnits(unreadable.map((u) => `${u.name} (${u.file})`)), style: 'narrative' });
  wideLine(rows, merges, n, { value: fill(dictionary(input.lang).text.generatedAt, { time: input.generatedAt }), style: 'meta' });
  rows.push(headerRow(HEADER.map((k) => words.columns[k])));
  heights[rows.length] = 32;
  const freezeRows = rows.length;
  const unexpected = new Set(report.unexpectedUnits);
  let stt = 0;
  for (const unit of report.units) {
    const note = [unit.reason ?? '', unexpected.has(unit.name) ? words.status.unexpected : ''].filter(Boolean).join(' ');
    rows.push([
      { value: ++stt, style: 'integer' },
      { value: unit.name, style: 'text' },
      { value: unit.file, style: 'text' },
      { value: words.status[unit.status], style: unit.status === 'submitted' ? 'text' : 'severityError' },
      { value: unit.errors, style: 'integer' },
      { value: unit.warnings, style: 'integer' },
      { value: unit.blank.join(', '), style: 'text' },
      { value: unit.missing.join(', '), style: 'text' },
      { value: unit.unmatched.length, style: 'integer' },
      { value: note, style: 'text' },
    ]);
    const lines = Math.max(Math.ceil(note.length / 55), Math.ceil(unit.blank.join(', ').length / 32), Math.ceil(unit.missing.join(', ').length / 32));
    if (lines > 1) heights[rows.length] = 15.75 * lines;
  }
  for (const dup of report.duplicates) {
    rows.push([{ value: ++stt, style: 'integer' }, { value: dup.name, style: 'text' }, { value: dup.file, style: 'text' }, { value: words.status.duplicate, style: 'severityWarning' }, undefined, undefined, undefined, undefined, undefined, { value: dup.keptFile, style: 'text' }]);
  }
  for (const name of report.missingUnits) {
    rows.push([{ value: ++stt, style: 'integer' }, { value: name, style: 'text' }, { value: '', style: 'text' }, { value: words.status.missing, style: 'severityWarning' }]);
  }
  rows.push([]);
  rows.push([{ value: words.unmatchedTitle, style: 'sectionTitle' }]);
  rows.push(headerRow([words.columns.stt, words.columns.unitName, words.columns.sheet, words.columns.cell, words.columns.code, words.columns.message]));
  merges.push(`F${rows.length}:J${rows.length}`);
  const unmatched = report.units.flatMap((u) => u.unmatched.map((row) => ({ unit: u.name, row })));
  if (unmatched.length === 0) rows.push([{ value: words.none, style: 'meta' }]);
  unmatched.forEach(({ unit, row }, i) => {
    rows.push([{ value: i + 1, style: 'integer' }, { value: unit, style: 'text' }, { value: row.sheet, style: 'text' }, { value: row.cell, style: 'textCenter' }, { value: row.code ?? '', style: 'textCenter' }, { value: row.message, style: 'text' }]);
    merges.push(`F${rows.length}:J${rows.length}`);
    heights[rows.length] = wrappedHeight(row.message, 110);
  });
  if (report.catalogueIssues.length > 0) {
    rows.push([]);
    rows.push([{ value: words.catalogueTitle, style: 'sectionTitle' }]);
    rows.push(headerRow([words.columns.stt, words.columns.sheet, words.columns.cell, words.columns.code, words.columns.message]));
    merges.push(`E${rows.length}:J${rows.length}`);
    report.catalogueIssues.forEach((issue, i) => {
      rows.push([{ value: i + 1, style: 'integer' }, { value: issue.sheet, style: 'text' }, { value: issue.cell, style: 'textCenter' }, { value: issue.code ?? '', style: 'textCenter' }, { value: issue.message, style: 'text' }]);
      merges.push(`E${rows.length}:J${rows.length}`);
      heights[rows.length] = wrappedHeight(issue.message, 120);
    });
  }
  return fitToWidthSheet({ role: 'submissions', name: words.sheetNames.submissions, rows, merges, columnWidths: WIDTHS, rowHeights: heights, freezeRows });
}
