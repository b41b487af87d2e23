/**
 * The indicator lists of the summary sheet (SPEC §7.3, §5.1, §5.2): the lagging lists, the list of
 * overridden assessments with their reasons, and the full table, with "So với cùng kỳ (%)" when a
 * baseline exists.
 */
import type { IndicatorResult } from '../evaluate/result';
import { countedBand } from '../evaluate/result';
import { fill } from '../i18n';
import type { Dictionary } from '../i18n/types';
import type { Band, Thresholds } from '../model/model';
import type { Rational } from '../model/rational';
import { toNumber } from '../model/rational';
import type { ModelCell } from '../model/sheet-model';

/** One row of cells (undefined leaves a cell empty). */
export type Row = ReadonlyArray<ModelCell | undefined>;

/** Column widths of the summary: the standard layout, and the one with a "So với cùng kỳ (%)" column. */
export const WIDTHS = [6, 11, 44, 12, 13, 13, 11, 32, 11, 13];
const WIDTHS_WITH_BASELINE = [6, 11, 44, 12, 13, 13, 11, 13, 30, 13];
const LINE_HEIGHT = 15.75;
/** Characters of proportional Vietnamese text that fit in one unit of column width (measured in Calc). */
const CHARS_PER_WIDTH = 1.15;

/** A block of rows with their merges and heights, relative to its first row (1-based offsets). */
export interface Block {
  readonly rows: Row[];
  readonly merges: Array<(first: number) => string>;
  readonly heights: Map<number, number>;
}

/** The summary's column widths: with a baseline column when any indicator has a baseline. */
export function summaryWidths(withBaseline: boolean): readonly number[] {
  return withBaseline ? WIDTHS_WITH_BASELINE : WIDTHS;
}

/** True when any indicator has a baseline (then the lists show "So với cùng kỳ (%)"). */
export function hasBaseline(results: readonly IndicatorResult[]): boolean {
  return results.some((r) => r.baseline !== undefined && r.baseline !== null);
}

/** A number cell: grouped thousands, decimals only when the value has them (no dangling decimal point). */
export function numberCell(value: number): ModelCell {
  return { value, style: Number.isInteger(value) ? 'wholeNumber' : 'decimal' };
}

/** A rate in percent as a percent-formatted number cell, or a dash. */
function rateCell(rate: Rational | null | undefined): ModelCell {
  return rate ? { value: toNumber(rate) / 100, style: 'percent' } : { value: '–', style: 'textCenter' };
}

/** Lines a text needs when it wraps in a column width. */
function linesOf(text: string, width: number): number {
  return Math.ceil(text.length / (width * CHARS_PER_WIDTH));
}

/** Text that is only a number: digits with thousands or decimal separators. */
const PLAIN_NUMBER = /^\s*-?\d[\d.,\s]*$/;

/** The name as listed: marked "(*)" when the assessment was overridden. */
function listedName(result: IndicatorResult): string {
  return result.override ? `${result.entry.name} (*)` : result.entry.name;
}

/** One list row: STT, code, name, unit, target, actual, rate, [baseline rate], agency. */
function listRow(result: IndicatorResult, index: number, dict: Dictionary, withBaseline: boolean): Row {
  const { entry, actual } = result;
  const actualCell: ModelCell =
    actual?.kind === 'number'
      ? numberCell(toNumber(actual.value))
      : { value: actual ? (actual.done ? dict.text.done : dict.text.notDone) : '–', style: 'textCenter' };
  // A target typed as a plain number ("1.200", "61,5") is shown as the value that was assessed, read in the
  // workbook's number style; any other wording ("≥ 90", "tăng 10%") is shown as typed.
  const plainTarget = result.target?.kind === 'value' && PLAIN_NUMBER.test(result.targetText);
  const targetCell: ModelCell = plainTarget && result.target?.kind === 'value' ? numberCell(toNumber(result.target.value)) : { value: result.targetText, style: 'textCenter' };
  const row: ModelCell[] = [
    { value: index + 1, style: 'integer' },
    { value: entry.code, style: 'textCenter' },
    { value: listedName(result), style: 'text' },
    { value: result.unit ?? '', style: 'textCenter' },
    targetCell,
    actualCell,
    rateCell(result.rate),
  ];
  if (withBaseline) row.push(rateCell(result.baselineRate));
  row.push({ value: entry.agency ?? '', style: 'text' });
  return row;
}

/** The header of the lists. */
function listHeader(dict: Dictionary, withBaseline: boolean): Row {
  const t = dict.text;
  const titles = [t.colStt, t.colCodeShort, t.colName, t.colUnit, t.colTarget, t.colActual, t.colRate, ...(withBaseline ? [t.colBaselineRate] : []), t.colAgency];
  return titles.map((value) => ({ value, style: 'header' as const }));
}

/** A titled list of indicators (or "(Không có)"), with wrapped rows sized. */
function listBlock(title: string, results: readonly IndicatorResult[], dict: Dictionary, withBaseline: boolean): Block {
  const widths = summaryWidths(withBaseline);
  const block: Block = { rows: [[], [{ value: title, style: 'sectionTitle' }], listHeader(dict, withBaseline)], merges: [], heights: new Map() };
  if (withBaseline) block.heights.set(3, 32);
  if (results.length === 0) block.rows.push([{ value: dict.text.none, style: 'meta' }]);
  const nameWidth = widths[2];
  const agencyWidth = widths[withBaseline ? 8 : 7];
  for (let index = 0; index < results.length; index++) {
    const result = results[index];
    block.rows.push(listRow(result, index, dict, withBaseline));
    const lines = Math.max(linesOf(listedName(result), nameWidth), linesOf(result.entry.agency ?? '', agencyWidth));
    if (lines > 1) block.heights.set(block.rows.length, LINE_HEIGHT * lines);
  }
  return block;
}

/** The lagging lists: below the critical threshold, then below the warning one; a note explains "(*)". */
export function laggingBlocks(results: readonly IndicatorResult[], dict: Dictionary, th: Thresholds, withBaseline: boolean): Block[] {
  const t = dict.text;
  const blocks = ([['low', t.lowTitle], ['medium', t.mediumTitle]] as const).map(([band, title]) =>
    listBlock(fill(title, { critical: th.critical, warning: th.warning }), results.filter((r) => countedBand(r) === band), dict, withBaseline),
  );
  if (results.some((r) => r.override && (r.override === 'low' || r.override === 'medium'))) {
    blocks.push({ rows: [[{ value: t.overriddenNote, style: 'meta' }]], merges: [], heights: new Map() });
  }
  return blocks;
}

/** "Điều chỉnh đánh giá": every overridden indicator, its computed band, the band that counts and the reason. */
export function overridesBlock(results: readonly IndicatorResult[], dict: Dictionary, th: Thresholds, widths: readonly number[], n: number): Block | null {
  const overridden = results.filter((r) => r.override);
  if (overridden.length === 0) return null;
  const t = dict.text;
  const label = (band: Band): string => dict.band(band, th.critical, th.warning);
  const header: Row = [t.colStt, t.colCodeShort, t.colName, t.colRate, t.colComputedBand, t.colOverride, t.colReason, undefined, undefined, undefined].map((value) =>
    value === undefined ? { value: null, style: 'header' as const } : { value, style: 'header' as const },
  );
  const block: Block = { rows: [[], [{ value: fill(t.overridesTitle, { n }), style: 'sectionTitle' }], header], merges: [(first) => `G${first + 2}:J${first + 2}`], heights: new Map([[3, 32]]) };
  const reasonWidth = widths[6] + widths[7] + widths[8] + widths[9];
  overridden.forEach((result, index) => {
    const reason = result.reason ?? '';
    block.rows.push([
      { value: index + 1, style: 'integer' },
      { value: result.entry.code, style: 'textCenter' },
      { value: result.entry.name, style: 'text' },
      rateCell(result.rate),
      { value: label(result.band), style: 'text' },
      { value: label(countedBand(result)), style: 'text' },
      { value: reason, style: 'text' },
      { value: null, style: 'text' },
      { value: null, style: 'text' },
      { value: null, style: 'text' },
    ]);
    const at = block.rows.length;
    block.merges.push((first) => `G${first + at - 1}:J${first + at - 1}`);
    const lines = Math.max(linesOf(result.entry.name, widths[2]), linesOf(reason, reasonWidth), linesOf(label(result.band), widths[4]), linesOf(label(countedBand(result)), widths[5]));
    if (lines > 1) block.heights.set(at, LINE_HEIGHT * lines);
  });
  return block;
}

/** The full table of every indicator with its comparison with the same period (shown when a baseline exists). */
export function fullTableBlock(results: readonly IndicatorResult[], dict: Dictionary, n: number): Block {
  return listBlock(fill(dict.text.fullTableTitle, { n }), results, dict, true);
}
