/** The `Theo đơn vị` sheet: the indicator × unit matrix of actuals, each cell coloured by that unit's band. */
import { consolidationWords } from '../i18n/consolidation';
import type { ModelCell, SheetModel } from '../model/sheet-model';
import type { Row } from './render-cells';
import { BAND_STYLE, headerRow, wideLine } from './render-cells';
import type { ConsolidationSheetInput } from './render';

/** Renders `Theo đơn vị` / `By unit` (SPEC §10): one row per indicator, one column per consolidated unit. */
export function renderByUnitSheet(input: ConsolidationSheetInput): SheetModel {
  const words = consolidationWords(input.lang);
  const units = input.report.units.filter((u) => u.status === 'submitted').map((u) => u.name);
  const widths = [10, 40, 11, ...units.map(() => 14)];
  const rows: Row[] = [];
  const merges: string[] = [];
  const heights: Record<number, number> = {};
  const span = Math.min(widths.length, 12);
  heights[wideLine(rows, merges, span, { value: words.titles['by-unit'], style: 'title' })] = 26;
  heights[wideLine(rows, merges, span, { value: words.legend, style: 'meta' })] = 32;
  rows.push(headerRow([words.columns.code, words.columns.name, words.columns.unit, ...units]));
  heights[rows.length] = 15.75 * Math.max(2, ...units.map((u) => Math.ceil(u.length / 13)));
  const freezeRows = rows.length;
  for (const ind of input.report.indicators) {
    const cells: ModelCell[] = units.map((unit) => {
      const value = ind.values[unit] ?? null;
      const style = BAND_STYLE[ind.bands[unit] ?? 'unassessed'];
      return value === null ? { value: '–', style: 'bandNone' } : { value, style };
    });
    rows.push([{ value: ind.code, style: 'textCenter' }, { value: ind.name, style: 'text' }, { value: ind.unit ?? '', style: 'textCenter' }, ...cells]);
    if (ind.name.length > 46) heights[rows.length] = 15.75 * Math.ceil(ind.name.length / 46);
  }
  return {
    role: 'by-unit',
    name: words.sheetNames['by-unit'],
    rows,
    merges,
    columnWidths: widths,
    rowHeights: heights,
    freezeRows,
    print: { landscape: true, fitToWidth: false },
  };
}
