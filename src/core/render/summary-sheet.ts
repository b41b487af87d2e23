import type { SummaryReport } from '../api';
import type { IndicatorResult } from '../evaluate/result';
import { countedBand } from '../evaluate/result';
import { dictionary, fill } from '../i18n';
import type { Dictionary } from '../i18n/types';
import type { Band, Lang, Thresholds } from '../model';
import { toNumber } from '../rational';
import { columnLetter } from '../table/address';
import type { ChartSpec, ModelCell, SheetModel } from './sheet-model';

/** Inputs of the summary sheet. */
export interface SummarySheetInput {
  readonly results: readonly IndicatorResult[];
  readonly summary: SummaryReport;
  readonly narrative: string;
  readonly dataSheets: readonly string[];
  readonly period?: string;
  /** The header of the form's target column when the form is its own catalogue (SPEC §2.2). */
  readonly targetsFrom?: string;
  readonly lang: Lang;
  readonly thresholds: Thresholds;
  readonly generatedAt: string;
}

type Row = ReadonlyArray<ModelCell | undefined>;

const TABLE_BANDS: readonly Band[] = ['exceeded', 'met', 'high', 'medium', 'low', 'unassessed'];
const BAND_COLORS: Readonly<Record<Band, string>> = {
  exceeded: '2E7D32',
  met: '66BB6A',
  high: '42A5F5',
  medium: 'FFB300',
  low: 'E53935',
  unassessed: '9E9E9E',
};
const WIDTHS = [6, 11, 44, 12, 13, 13, 11, 32, 11, 13];
const LINE_HEIGHT = 15.75;
/** Characters of proportional Vietnamese text that fit in one unit of column width (measured in Calc). */
const CHARS_PER_WIDTH = 1.15;
const LAST_COLUMN = columnLetter(WIDTHS.length - 1);

/** A number cell: grouped thousands, decimals only when the value has them (no dangling decimal point). */
function numberCell(value: number): ModelCell {
  return { value, style: Number.isInteger(value) ? 'wholeNumber' : 'decimal' };
}

/** Lines a lagging-list row needs when its name or agency wraps in the column widths. */
function laggingLines(result: IndicatorResult): number {
  const name = Math.ceil(result.entry.name.length / (WIDTHS[2] * CHARS_PER_WIDTH));
  const agency = Math.ceil((result.entry.agency ?? '').length / (WIDTHS[7] * CHARS_PER_WIDTH));
  return Math.max(1, name, agency);
}

/** One lagging-list row: STT, code, name, unit, target, actual, rate, lead agency. */
function laggingRow(result: IndicatorResult, index: number, dict: Dictionary): Row {
  const { entry } = result;
  const actual = result.actual;
  const actualCell: ModelCell =
    actual?.kind === 'number'
      ? numberCell(toNumber(actual.value))
      : { value: actual ? (actual.done ? dict.text.done : dict.text.notDone) : '–', style: 'textCenter' };
  const numericTarget = /^-?\d+(\.\d+)?$/.test(result.targetText) ? Number(result.targetText) : null;
  return [
    { value: index + 1, style: 'integer' },
    { value: entry.code ?? '', style: 'textCenter' },
    { value: entry.name, style: 'text' },
    { value: result.unit ?? '', style: 'textCenter' },
    numericTarget === null ? { value: result.targetText, style: 'textCenter' } : numberCell(numericTarget),
    actualCell,
    result.rate ? { value: toNumber(result.rate) / 100, style: 'percent' } : { value: '–', style: 'textCenter' },
    { value: entry.agency ?? '', style: 'text' },
  ];
}

/** Renders the `Tổng hợp` sheet (SPEC §7.3): title block, narrative, table by field, lagging lists and a chart spec. */
export function renderSummarySheet(input: SummarySheetInput): SheetModel {
  const dict = dictionary(input.lang);
  const t = dict.text;
  const th = { critical: input.thresholds.critical, warning: input.thresholds.warning };
  const rows: Row[] = [];
  const merges: string[] = [];
  const heights: Record<number, number> = {};
  const wide = (cell: ModelCell, height?: number) => {
    rows.push([cell]);
    merges.push(`A${rows.length}:${LAST_COLUMN}${rows.length}`);
    if (height) heights[rows.length] = height;
  };
  wide({ value: t.summaryTitle, style: 'title' }, 26);
  wide({ value: fill(t.dataSheets, { sheets: input.dataSheets.join(', ') }), style: 'subtitle' });
  if (input.period) wide({ value: fill(t.period, { period: input.period }), style: 'subtitle' });
  if (input.targetsFrom) wide({ value: fill(t.targetsFromForm, { column: input.targetsFrom }), style: 'meta' });
  wide({ value: fill(t.thresholds, th), style: 'meta' });
  wide({ value: fill(t.generatedAt, { time: input.generatedAt }), style: 'meta' });
  rows.push([]);
  wide({ value: input.narrative, style: 'narrative' }, 16 * Math.max(2, Math.ceil(input.narrative.length / 150)));
  rows.push([]);

  rows.push([{ value: t.byFieldTitle, style: 'sectionTitle' }]);
  const bandHeaders = [t.colExceeded, t.colMet, fill(t.colHigh, th), fill(t.colMedium, th), fill(t.colLow, th), t.colUnassessed];
  rows.push([{ value: t.colField, style: 'header' }, { style: 'header', value: null }, { style: 'header', value: null }, { value: t.colTotal, style: 'header' }, ...bandHeaders.map((value) => ({ value, style: 'header' as const }))]);
  merges.push(`A${rows.length}:C${rows.length}`);
  heights[rows.length] = 32;
  const firstFieldRow = rows.length + 1;
  for (const field of input.summary.byField) {
    rows.push([{ value: field.field, style: 'text' }, { value: null, style: 'text' }, { value: null, style: 'text' }, { value: field.total, style: 'integer' }, ...TABLE_BANDS.map((b) => ({ value: field.bands[b], style: 'integer' as const }))]);
    merges.push(`A${rows.length}:C${rows.length}`);
  }
  const lastFieldRow = rows.length;
  const totals = input.summary;
  rows.push([{ value: t.totalRow, style: 'totalText' }, { value: null, style: 'totalText' }, { value: null, style: 'totalText' }, { value: totals.total, style: 'totalInteger' }, ...TABLE_BANDS.map((b) => ({ value: totals.bands[b], style: 'totalInteger' as const }))]);
  merges.push(`A${rows.length}:C${rows.length}`);

  const listHeader: Row = [t.colStt, t.colCodeShort, t.colName, t.colUnit, t.colTarget, t.colActual, t.colRate, t.colAgency].map((value) => ({ value, style: 'header' as const }));
  for (const [band, title] of [['low', t.lowTitle], ['medium', t.mediumTitle]] as const) {
    rows.push([]);
    rows.push([{ value: fill(title, th), style: 'sectionTitle' }]);
    rows.push(listHeader);
    const lagging = input.results.filter((r) => countedBand(r) === band);
    if (lagging.length === 0) rows.push([{ value: t.none, style: 'meta' }]);
    lagging.forEach((result, index) => {
      rows.push(laggingRow(result, index, dict));
      const lines = laggingLines(result);
      if (lines > 1) heights[rows.length] = LINE_HEIGHT * lines;
    });
  }

  const chart: ChartSpec | undefined =
    lastFieldRow >= firstFieldRow
      ? {
          title: t.chartTitle,
          categories: `A${firstFieldRow}:A${lastFieldRow}`,
          series: TABLE_BANDS.map((b, i) => {
            const col = columnLetter(4 + i);
            return { name: bandHeaders[i], values: `${col}${firstFieldRow}:${col}${lastFieldRow}`, color: BAND_COLORS[b] };
          }),
          anchor: `A${rows.length + 2}`,
        }
      : undefined;

  return {
    role: 'summary',
    name: dict.sheetNames.summary,
    rows,
    merges,
    columnWidths: WIDTHS,
    rowHeights: heights,
    freezeRows: 0,
    print: { landscape: true, fitToWidth: true },
    ...(chart ? { chart } : {}),
  };
}
