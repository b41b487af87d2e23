import type { SummaryReport } from '../model/api';
import type { IndicatorResult } from '../evaluate/result';
import { dictionary, fill } from '../i18n';
import type { Band, Lang, Thresholds } from '../model/model';
import { columnLetter } from '../table/address';
import { BAND_COLORS } from './colours';
import type { ChartSpec, ModelCell, SheetModel } from '../model/sheet-model';
import type { Block, Row } from './summary-lists';
import { fullTableBlock, hasBaseline, laggingBlocks, overridesBlock, summaryWidths } from './summary-lists';

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

const TABLE_BANDS: readonly Band[] = ['exceeded', 'met', 'high', 'medium', 'low', 'unassessed'];

/** Renders the `Tổng hợp` sheet (SPEC §7.3): title block, narrative, table by field, lagging lists and a chart spec. */
export function renderSummarySheet(input: SummarySheetInput): SheetModel {
  const dict = dictionary(input.lang);
  const t = dict.text;
  const withBaseline = hasBaseline(input.results);
  const widths = summaryWidths(withBaseline);
  const lastColumn = columnLetter(widths.length - 1);
  const th = { critical: input.thresholds.critical, warning: input.thresholds.warning };
  const rows: Row[] = [];
  const merges: string[] = [];
  const heights: Record<number, number> = {};
  const wide = (cell: ModelCell, height?: number) => {
    rows.push([cell]);
    merges.push(`A${rows.length}:${lastColumn}${rows.length}`);
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

  const place = (block: Block): void => {
    const first = rows.length + 1;
    // Indexed loops: a lagging list can hold tens of thousands of rows (no spread into arguments, no iterator objects).
    for (let i = 0; i < block.rows.length; i++) rows.push(block.rows[i]);
    for (let i = 0; i < block.merges.length; i++) merges.push(block.merges[i](first));
    for (let offset = 1; offset < block.heights.length; offset++) {
      const height = block.heights[offset];
      if (height !== undefined) heights[first + offset - 1] = height;
    }
  };
  for (const block of laggingBlocks(input.results, dict, th, withBaseline)) place(block);
  let section = 4;
  const overrides = overridesBlock(input.results, dict, th, widths, section);
  if (overrides) {
    place(overrides);
    section++;
  }
  if (withBaseline) place(fullTableBlock(input.results, dict, section));

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
    columnWidths: widths,
    rowHeights: heights,
    freezeRows: 0,
    print: { landscape: true, fitToWidth: true },
    ...(chart ? { chart } : {}),
  };
}
