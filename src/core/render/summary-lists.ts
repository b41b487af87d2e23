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
import { isPlainNumber } from './plain-number';

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
  /** Row heights by 1-based offset; rows of the default height are holes. */
  readonly heights: number[];
}

/** The summary's column widths: with a baseline column when any indicator has a baseline. */
export function summaryWidths(withBaseline: boolean): readonly number[] {
  return withBaseline ? WIDTHS_WITH_BASELINE : WIDTHS;
}

/** True when any indicator has a baseline (then the lists show "So với cùng kỳ (%)"). */
export function hasBaseline(results: readonly IndicatorResult[]): boolean {
  for (let i = 0; i < results.length; i++) {
    const baseline = results[i].baseline;
    if (baseline !== undefined && baseline !== null) return true;
  }
  return false;
}

/** A number cell: grouped thousands, decimals only when the value has them (no dangling decimal point). */
export function numberCell(value: number): ModelCell {
  return { value, style: Number.isInteger(value) ? 'wholeNumber' : 'decimal' };
}

/** The dash shown where a list has no value. */
const DASH: ModelCell = { value: '–', style: 'textCenter' };

/** A rate in percent as a percent-formatted number cell, or a dash. */
function rateCell(rate: Rational | null | undefined): ModelCell {
  return rate ? { value: toNumber(rate) / 100, style: 'percent' } : DASH;
}

/** Lines a text needs when it wraps in a column width. */
function linesOf(text: string, width: number): number {
  return Math.ceil(text.length / (width * CHARS_PER_WIDTH));
}

/** The name as listed: marked "(*)" when the assessment was overridden. */
function listedName(result: IndicatorResult): string {
  return result.override ? `${result.entry.name} (*)` : result.entry.name;
}

/**
 * The cells that repeat down the lists of one summary sheet (units, agencies, target wordings, STT numbers,
 * milestone words), made once and shared by the rows that show them: a lagging list can hold tens of thousands of rows.
 */
class SharedCells {
  private readonly centered = new Map<string, ModelCell>();
  private readonly wrapped = new Map<string, ModelCell>();
  private readonly numbers: ModelCell[] = [];
  readonly done: ModelCell;
  readonly notDone: ModelCell;

  /** Starts the shared cells of a sheet written with a dictionary. */
  constructor(dict: Dictionary) {
    this.done = { value: dict.text.done, style: 'textCenter' };
    this.notDone = { value: dict.text.notDone, style: 'textCenter' };
  }

  /** A centred text cell. */
  center(text: string): ModelCell {
    return sharedCell(this.centered, text, 'textCenter');
  }

  /** A wrapped text cell. */
  text(text: string): ModelCell {
    return sharedCell(this.wrapped, text, 'text');
  }

  /** The STT cell of the list row at a 0-based index. */
  stt(index: number): ModelCell {
    while (this.numbers.length <= index) this.numbers.push({ value: this.numbers.length + 1, style: 'integer' });
    return this.numbers[index];
  }
}

/** The cell of a text in a style, made once per map. */
function sharedCell(cells: Map<string, ModelCell>, text: string, style: 'text' | 'textCenter'): ModelCell {
  let cell = cells.get(text);
  if (!cell) cells.set(text, (cell = { value: text, style }));
  return cell;
}

/** The actual as listed: a number, the milestone word, or a dash. */
function actualCell(actual: IndicatorResult['actual'], shared: SharedCells): ModelCell {
  if (actual === null) return DASH;
  if (actual.kind === 'number') return numberCell(toNumber(actual.value));
  return actual.done ? shared.done : shared.notDone;
}

/**
 * The target as listed: a target typed as a plain number ("1.200", "61,5") is shown as the value that was assessed,
 * read in the workbook's number style; any other wording ("≥ 90", "tăng 10%") is shown as typed.
 */
function targetCell(result: IndicatorResult, shared: SharedCells): ModelCell {
  const target = result.target;
  return target?.kind === 'value' && isPlainNumber(result.targetText) ? numberCell(toNumber(target.value)) : shared.center(result.targetText);
}

/**
 * One list row: STT, code, name, unit, target, actual, rate, [baseline rate], agency. Filled by index into an
 * array of its final length, which costs less than an array literal for the tens of thousands of rows a list keeps.
 */
function listRow(result: IndicatorResult, name: string, index: number, shared: SharedCells, withBaseline: boolean): Row {
  const { entry } = result;
  const row = new Array<ModelCell>(withBaseline ? 9 : 8);
  row[0] = shared.stt(index);
  row[1] = { value: entry.code, style: 'textCenter' };
  row[2] = { value: name, style: 'text' };
  row[3] = shared.center(result.unit ?? '');
  row[4] = targetCell(result, shared);
  row[5] = actualCell(result.actual, shared);
  row[6] = rateCell(result.rate);
  if (withBaseline) row[7] = rateCell(result.baselineRate);
  row[row.length - 1] = shared.text(entry.agency ?? '');
  return row;
}

/** The header of the lists. */
function listHeader(dict: Dictionary, withBaseline: boolean): Row {
  const t = dict.text;
  const titles = [t.colStt, t.colCodeShort, t.colName, t.colUnit, t.colTarget, t.colActual, t.colRate, ...(withBaseline ? [t.colBaselineRate] : []), t.colAgency];
  return titles.map((value) => ({ value, style: 'header' as const }));
}

/** A titled list of indicators (or "(Không có)"), with wrapped rows sized. */
function listBlock(title: string, results: readonly IndicatorResult[], dict: Dictionary, withBaseline: boolean, shared: SharedCells): Block {
  const widths = summaryWidths(withBaseline);
  const block: Block = { rows: [[], [{ value: title, style: 'sectionTitle' }], listHeader(dict, withBaseline)], merges: [], heights: [] };
  if (withBaseline) block.heights[3] = 32;
  if (results.length === 0) block.rows.push([{ value: dict.text.none, style: 'meta' }]);
  const nameWidth = widths[2];
  const agencyWidth = widths[withBaseline ? 8 : 7];
  for (let index = 0; index < results.length; index++) {
    const result = results[index];
    const name = listedName(result);
    block.rows.push(listRow(result, name, index, shared, withBaseline));
    const lines = Math.max(linesOf(name, nameWidth), linesOf(result.entry.agency ?? '', agencyWidth));
    if (lines > 1) block.heights[block.rows.length] = LINE_HEIGHT * lines;
  }
  return block;
}

/** The lagging lists: below the critical threshold, then below the warning one; a note explains "(*)". */
export function laggingBlocks(results: readonly IndicatorResult[], dict: Dictionary, th: Thresholds, withBaseline: boolean): Block[] {
  const t = dict.text;
  const low: IndicatorResult[] = [];
  const medium: IndicatorResult[] = [];
  let overriddenLagging = false;
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    const band = countedBand(result);
    if (band === 'low') low.push(result);
    else if (band === 'medium') medium.push(result);
    else continue;
    if (result.override) overriddenLagging = true;
  }
  const shared = new SharedCells(dict);
  const params = { critical: th.critical, warning: th.warning };
  const blocks = [listBlock(fill(t.lowTitle, params), low, dict, withBaseline, shared), listBlock(fill(t.mediumTitle, params), medium, dict, withBaseline, shared)];
  if (overriddenLagging) blocks.push({ rows: [[{ value: t.overriddenNote, style: 'meta' }]], merges: [], heights: [] });
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
  const block: Block = { rows: [[], [{ value: fill(t.overridesTitle, { n }), style: 'sectionTitle' }], header], merges: [(first) => `G${first + 2}:J${first + 2}`], heights: [] };
  block.heights[3] = 32;
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
    if (lines > 1) block.heights[at] = LINE_HEIGHT * lines;
  });
  return block;
}

/** The full table of every indicator with its comparison with the same period (shown when a baseline exists). */
export function fullTableBlock(results: readonly IndicatorResult[], dict: Dictionary, n: number): Block {
  return listBlock(fill(dict.text.fullTableTitle, { n }), results, dict, true, new SharedCells(dict));
}
