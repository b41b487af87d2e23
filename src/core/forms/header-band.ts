/**
 * Finds a form's header (SPEC §2.1): up to three stacked rows of merged cells, read without merge
 * information. A parent label sits in the first cell of its span and carries right over empty cells as
 * long as the rows below have labels there; a column's label is its labels joined top-down.
 */
import type { ColumnKind, RawCell, SheetData } from '../model/model';
import type { HeaderRow } from '../parse/headers';
import { matchHeader } from '../parse/headers';
import { readColumnNumbers } from '../parse/column-numbers';
import { stackedKind } from './stacked-label';

type Cells = ReadonlyArray<RawCell | undefined>;

const MAX_DEPTH = 3;

/** The trimmed label text of a header cell ('' when it is not text). */
function labelAt(cells: Cells | undefined, c: number): string {
  const v = cells?.[c]?.value;
  return typeof v === 'string' ? v.trim() : '';
}

/** True when a cell holds something (a value of any type). */
function filled(cells: Cells | undefined, c: number): boolean {
  const v = cells?.[c]?.value;
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
}

/** True when a row is missing or holds nothing in any cell. */
function isEmptyRow(cells: Cells | undefined): boolean {
  return !cells || cells.every((_, c) => !filled(cells, c));
}

/** Columns whose header is never stacked over children: data rows always fill one of them. */
const IDENTITY: ReadonlySet<ColumnKind> = new Set<ColumnKind>(['stt', 'code', 'name', 'unit']);

/**
 * True when `lower` continues the header above it: text only, nothing under an STT, code, name or unit
 * header (those are merged down), and every label under a header cell or under an empty cell that a header
 * on its left carries over. A data or group row always fills the STT or name column, so it fails.
 */
function continues(upper: Cells, lower: Cells | undefined, rowIndex: number): boolean {
  if (!lower || readColumnNumbers(lower, rowIndex)) return false;
  let labels = 0;
  let seenParent = false;
  for (let c = 0; c < lower.length; c++) {
    const upperFilled = filled(upper, c);
    if (upperFilled) seenParent = true;
    if (!filled(lower, c)) continue;
    if (typeof lower[c]?.value !== 'string' || !seenParent) return false;
    const kind = upperFilled ? matchHeader(labelAt(upper, c)) : undefined;
    if (kind && IDENTITY.has(kind)) return false;
    labels++;
  }
  return labels > 0;
}

/** Every column's labels top-down, with parent labels carried over their spans. */
function stackedLabels(rows: readonly Cells[]): string[][] {
  const width = Math.max(...rows.map((r) => r.length));
  const out: string[][] = Array.from({ length: width }, () => []);
  rows.forEach((cells, level) => {
    const below = rows.slice(level + 1);
    let carry = '';
    for (let c = 0; c < width; c++) {
      const own = labelAt(cells, c);
      const under = below.some((r) => labelAt(r, c) !== '');
      if (own !== '') carry = under ? own : '';
      else if (!under) carry = '';
      const label = own || carry;
      if (label) out[c].push(label);
    }
  });
  return out;
}

/** Counts the cells of a row that name a column on their own. */
function recognisedCount(cells: Cells): number {
  let n = 0;
  for (let c = 0; c < cells.length; c++) if (matchHeader(labelAt(cells, c))) n++;
  return n;
}

/** The header read from `depth` rows starting at `top`, or undefined when its kinds are not enough. */
function headerAt(sheet: SheetData, top: number, depth: number, isEnough: (kinds: ReadonlySet<ColumnKind>) => boolean): HeaderRow | undefined {
  const rows = sheet.rows.slice(top, top + depth).map((r) => r ?? []);
  const columns: { kind: ColumnKind; col: number; text: string }[] = [];
  const kinds = new Set<ColumnKind>();
  stackedLabels(rows).forEach((labels, col) => {
    if (labels.length === 0) return;
    const kind = depth === 1 ? matchHeader(labels[0]) : stackedKind(labels);
    if (!kind) return;
    const raw = sheet.rows[top]?.[col]?.value;
    columns.push({ kind, col, text: depth === 1 && typeof raw === 'string' ? raw : labels.join(' ') });
    kinds.add(kind);
  });
  if (kinds.size === 0 || !isEnough(kinds)) return undefined;
  let last = top + depth - 1;
  // A merged header's lower row may be left empty (every label merged down): the column numbers sit below it.
  if (depth < MAX_DEPTH && isEmptyRow(sheet.rows[last + 1]) && readColumnNumbers(sheet.rows[last + 2], last + 2)) last++;
  const numbers = readColumnNumbers(sheet.rows[last + 1], last + 1);
  if (depth === 1 && !numbers) return { rowIndex: last, columns };
  return { rowIndex: last, columns, firstRowIndex: top, ...(numbers ? { columnNumbers: numbers } : {}), bodyStart: numbers ? last + 2 : last + 1 };
}

/** How many rows the header starting at `top` spans (1 to 3). */
function depthAt(sheet: SheetData, top: number): number {
  const first = sheet.rows[top] ?? [];
  if (recognisedCount(first) < 2) return 1;
  let depth = 1;
  while (depth < MAX_DEPTH && continues(sheet.rows[top + depth - 1] ?? [], sheet.rows[top + depth], top + depth)) depth++;
  return depth;
}

/**
 * The first header in the first `maxRows` rows whose recognised kinds satisfy `isEnough`: a stacked one when
 * rows below continue it, else the single row. Never throws, whatever merges cut across the header.
 */
export function findHeaderBand(sheet: SheetData, isEnough: (kinds: ReadonlySet<ColumnKind>) => boolean, maxRows = 30): HeaderRow | undefined {
  let searches = FOUND.get(sheet.rows);
  if (!searches) FOUND.set(sheet.rows, (searches = []));
  for (const s of searches) if (s.isEnough === isEnough && s.maxRows === maxRows) return s.found;
  const found = searchHeaderBand(sheet, isEnough, maxRows);
  searches.push({ isEnough, maxRows, found });
  return found;
}

/** One search already made over a sheet's rows, and what it found. */
interface HeaderSearch {
  readonly isEnough: (kinds: ReadonlySet<ColumnKind>) => boolean;
  readonly maxRows: number;
  readonly found: HeaderRow | undefined;
}

/**
 * Searches already made, by the rows searched: a run asks for the same sheet's header several times (to find the
 * data sheets, the catalogue, the unit's name, then to read), and sheets' rows are never changed once read.
 */
const FOUND = new WeakMap<object, HeaderSearch[]>();

/** The search of findHeaderBand, without remembering it. */
function searchHeaderBand(sheet: SheetData, isEnough: (kinds: ReadonlySet<ColumnKind>) => boolean, maxRows: number): HeaderRow | undefined {
  const limit = Math.min(sheet.rows.length, maxRows);
  for (let r = 0; r < limit; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const depth = depthAt(sheet, r);
    const found = (depth > 1 ? headerAt(sheet, r, depth, isEnough) : undefined) ?? headerAt(sheet, r, 1, isEnough);
    if (found) return found;
  }
  return undefined;
}

/** The first row below a header that may hold data (below the column-number row when there is one). */
export function bodyStart(header: HeaderRow): number {
  return header.bodyStart ?? header.rowIndex + 1;
}
