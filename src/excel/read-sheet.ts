/** Reads a worksheet's used rows in chunks, one sync each, shrinking the chunk when Excel refuses a payload as too large. */
import type { CellBlock, ProgressListener, RawCell, SheetData } from '../core';
import { CELL_PROPERTIES, chunkToRows } from './cells';
import { isPayloadLimitError, MAX_CELLS_PER_READ, READ_TARGET_BYTES, START_CHUNK_ROWS } from './host';
import { jsonBytes } from './payload';
import type { SheetScan } from './scan';
import { HEAD_ROWS } from './scan';
import type { ExcelSession } from './session';

/** Options of one chunked read. */
export interface ReadOptions {
  readonly maxRows?: number;
  readonly onProgress?: ProgressListener;
  /** Rows per chunk to start with (default 5 000). */
  readonly chunkRows?: number;
}

type Rows = Array<(RawCell | undefined)[] | undefined>;

function trimmed(name: string, rows: Rows): SheetData {
  while (rows.length > 0 && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop();
  return { name, rows };
}

/** Rows for the next chunk: as many as fit the response target at the bytes per row seen so far, within the cell cap. */
function nextChunkRows(count: number, bytes: number, maxRows: number): number {
  return Math.max(1, Math.min(maxRows, Math.floor((count * READ_TARGET_BYTES) / Math.max(1, bytes))));
}

/**
 * Reads rows [used.row, lastRow) of the used range: one sync per chunk; after the first chunk the size follows the
 * bytes a row took (unless `chunkRows` fixes it), and a payload-size refusal halves it.
 */
export async function readUsedRows(session: ExcelSession, name: string, used: CellBlock, lastRow: number, options: ReadOptions = {}): Promise<SheetData> {
  const sheet = session.context.workbook.worksheets.getItem(name);
  const total = Math.max(0, lastRow - used.row);
  const rows: Rows = new Array<undefined>(used.row).fill(undefined);
  const fixed = options.chunkRows ?? session.chunkRows;
  const maxRows = Math.max(1, Math.floor(MAX_CELLS_PER_READ / Math.max(1, used.cols)));
  let chunk = Math.max(1, Math.min(fixed ?? START_CHUNK_ROWS, maxRows));
  let row = used.row;
  while (row < lastRow) {
    const count = Math.min(chunk, lastRow - row);
    const range = sheet.getRangeByIndexes(row, used.col, count, used.cols);
    range.load(CELL_PROPERTIES);
    try {
      await session.sync();
    } catch (error) {
      if (!isPayloadLimitError(error) || count === 1) throw error;
      chunk = Math.max(1, Math.floor(count / 2));
      continue;
    }
    const matrices = { values: range.values, numberFormat: range.numberFormat, valueTypes: range.valueTypes as unknown as string[][] };
    for (const cells of chunkToRows(matrices, used.col)) rows.push(cells);
    row += count;
    if (fixed === undefined && count === chunk) chunk = nextChunkRows(count, jsonBytes(matrices), maxRows);
    options.onProgress?.({ phase: 'read', done: row - used.row, total });
  }
  return trimmed(name, rows);
}

/** Reads a scanned sheet: from the scan's first rows when they hold everything asked for, else in chunks. */
export function readScannedSheet(session: ExcelSession, scan: SheetScan, options: ReadOptions = {}): Promise<SheetData> {
  if (scan.used === null) return Promise.resolve({ name: scan.name, rows: [] });
  const usedEnd = scan.used.row + scan.used.rows;
  const lastRow = options.maxRows === undefined ? usedEnd : Math.min(usedEnd, options.maxRows);
  if (lastRow > HEAD_ROWS) return readUsedRows(session, scan.name, scan.used, lastRow, options);
  const rows = scan.head.slice(0, lastRow);
  options.onProgress?.({ phase: 'read', done: Math.max(0, lastRow - scan.used.row), total: Math.max(0, lastRow - scan.used.row) });
  return Promise.resolve(trimmed(scan.name, rows));
}

/** Reads a sheet the scan does not know: one sync for its used range, then the chunks. */
export async function readSheetChunked(session: ExcelSession, name: string, options: ReadOptions = {}): Promise<SheetData> {
  const used = session.context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  await session.sync();
  if (used.isNullObject) return { name, rows: [] };
  const block = { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
  const usedEnd = block.row + block.rows;
  return readUsedRows(session, name, block, options.maxRows === undefined ? usedEnd : Math.min(usedEnd, options.maxRows), options);
}
