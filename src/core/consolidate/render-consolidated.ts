/** The `Tổng hợp đơn vị` sheet: one row per indicator with its total (or why none), target, band and spread. */
import { dictionary, fill } from '../i18n';
import { consolidationWords } from '../i18n/consolidation';
import type { ModelCell, SheetModel } from '../model/sheet-model';
import type { ConsolidatedIndicator } from '../model/consolidated';
import type { Row } from './render-cells';
import { BAND_STYLE, fitToWidthSheet, headerRow, numberCell, targetCell, wideLine, wrappedHeight } from './render-cells';
import type { ConsolidationSheetInput } from './render';

const WIDTHS = [6, 10, 40, 11, 11, 14, 12, 9, 18, 12, 12, 12, 10, 40];
const HEADER = ['stt', 'code', 'name', 'unit', 'method', 'total', 'target', 'rate', 'band', 'min', 'max', 'median', 'reported', 'note'] as const;

/** One indicator's row. */
function indicatorRow(ind: ConsolidatedIndicator, index: number, input: ConsolidationSheetInput): Row {
  const words = consolidationWords(input.lang);
  const { critical, warning } = input.thresholds;
  const reported = Object.values(ind.values).filter((v) => v !== null).length;
  const notes = [ind.noTotalReason ? words.noTotal[ind.noTotalReason] : '', ind.unconverted.length > 0 ? words.unconverted(ind.unconverted) : ''].filter(Boolean);
  const band: ModelCell = ind.band ? { value: dictionary(input.lang).band(ind.band, critical, warning), style: BAND_STYLE[ind.band] } : { value: '–', style: 'textCenter' };
  return [
    { value: index + 1, style: 'integer' },
    { value: ind.code, style: 'textCenter' },
    { value: ind.name, style: 'text' },
    { value: ind.unit ?? '', style: 'textCenter' },
    { value: ind.additive ? words.additive : words.notAdditive, style: 'textCenter' },
    ind.additive ? numberCell(ind.total) : { value: '–', style: 'textCenter' },
    targetCell(ind.target, input.lang),
    ind.rate === null ? { value: '–', style: 'textCenter' } : { value: ind.rate / 100, style: 'percent' },
    band,
    numberCell(ind.min),
    numberCell(ind.max),
    numberCell(ind.median),
    { value: reported, style: 'integer' },
    { value: notes.join(' '), style: 'text' },
  ];
}

/** Renders `Tổng hợp đơn vị` / `Consolidated` (SPEC §10). */
export function renderConsolidatedSheet(input: ConsolidationSheetInput): SheetModel {
  const words = consolidationWords(input.lang);
  const t = dictionary(input.lang).text;
  const rows: Row[] = [];
  const merges: string[] = [];
  const heights: Record<number, number> = {};
  const n = WIDTHS.length;
  heights[wideLine(rows, merges, n, { value: words.titles.consolidation, style: 'title' })] = 26;
  const sentence = input.report.completeness;
  heights[wideLine(rows, merges, n, { value: sentence, style: 'narrative' })] = wrappedHeight(sentence, 190);
  const withErrors = input.report.units.filter((u) => u.errors > 0).map((u) => u.name);
  const errorsLine = words.unitsWithErrors(withErrors);
  heights[wideLine(rows, merges, n, { value: errorsLine, style: 'narrative' })] = wrappedHeight(errorsLine, 190);
  if (input.period) wideLine(rows, merges, n, { value: fill(t.period, { period: input.period }), style: 'meta' });
  wideLine(rows, merges, n, { value: `${fill(t.thresholds, { critical: input.thresholds.critical, warning: input.thresholds.warning })}. ${fill(t.generatedAt, { time: input.generatedAt })}`, style: 'meta' });
  rows.push(headerRow(HEADER.map((k) => words.columns[k])));
  heights[rows.length] = 32;
  const freezeRows = rows.length;
  input.report.indicators.forEach((ind, i) => {
    rows.push(indicatorRow(ind, i, input));
    const lines = Math.max(Math.ceil(ind.name.length / 46), ind.noTotalReason ? 3 : 1);
    if (lines > 1) heights[rows.length] = 15.75 * lines;
  });
  return fitToWidthSheet({ role: 'consolidation', name: words.sheetNames.consolidation, rows, merges, columnWidths: WIDTHS, rowHeights: heights, freezeRows });
}
