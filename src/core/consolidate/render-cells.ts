/** Cell helpers shared by the three consolidation sheets. */
import type { IndicatorReport } from '../model/api';
import { dictionary } from '../i18n';
import type { Band, Lang } from '../model/model';
import type { ModelCell, SheetModel, StyleId } from '../model/sheet-model';
import { columnLetter } from '../table/address';

/** A row of a sheet model. */
export type Row = ReadonlyArray<ModelCell | undefined>;

/** The colour style of a unit's value or of a total by its band. */
export const BAND_STYLE: Readonly<Record<Band, StyleId>> = {
  exceeded: 'bandGood',
  met: 'bandGood',
  high: 'bandHigh',
  medium: 'bandMedium',
  low: 'bandLow',
  unassessed: 'bandNone',
};

/** A number cell: grouped thousands, decimals only when the value has them; '–' for no value. */
export function numberCell(value: number | null): ModelCell {
  if (value === null) return { value: '–', style: 'textCenter' };
  return { value, style: Number.isInteger(value) ? 'wholeNumber' : 'decimal' };
}

/** A target as the sheet shows it: a number, "L – U" for a range, the milestone word, or blank. */
export function targetCell(target: IndicatorReport['target'], lang: Lang): ModelCell {
  if (target === null) return { value: '', style: 'textCenter' };
  if (target === 'milestone') return { value: dictionary(lang).text.milestone, style: 'textCenter' };
  if (typeof target === 'number') return numberCell(target);
  const f = dictionary(lang).formatNumber;
  return { value: `${f(target.min, 4)} – ${f(target.max, 4)}`, style: 'textCenter' };
}

/** A sheet model printed landscape and fitted to the page's width, as the consolidated and submissions sheets are. */
export function fitToWidthSheet(parts: Omit<SheetModel, 'print'>): SheetModel {
  return { ...parts, print: { landscape: true, fitToWidth: true } };
}

/** Header cells from their texts. */
export function headerRow(texts: readonly string[]): Row {
  return texts.map((value) => ({ value, style: 'header' as const }));
}

/** Appends a line merged across the sheet's width (A to the last column) and returns its 1-based row. */
export function wideLine(rows: Row[], merges: string[], columns: number, cell: ModelCell): number {
  rows.push([cell]);
  merges.push(`A${rows.length}:${columnLetter(columns - 1)}${rows.length}`);
  return rows.length;
}

/** Height in points of a wrapped line of text in a merged row about `width` characters wide. */
export function wrappedHeight(text: string, width: number): number {
  return 15.75 * Math.max(1, Math.ceil(text.length / width));
}
