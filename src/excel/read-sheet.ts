/** Reads a worksheet's used range in row chunks, shrinking the chunk when Excel rejects a payload as too large. */
import type { RawCell, SheetData } from '../core/model';
import type { ProgressListener } from '../core/port';
import { chunkToRows } from './cells';
import { isPayloadLimitError, MAX_CELLS_PER_READ, START_CHUNK_ROWS } from './host';

/** Options of one chunked read. */
export interface ReadOptions {
  readonly maxRows?: number;
  readonly onProgress?: ProgressListener;
  /** Rows per chunk to start with (default 5 000). */
  readonly chunkRows?: number;
}

/** The properties each chunk loads: enough to tell numbers, text, errors, formats and formulas apart. */
const CHUNK_PROPERTIES = ['values', 'numberFormat', 'valueTypes', 'formulas'];

/** Reads the sheet's cells with one sync for the used range and one per chunk (plus one per payload retry). */
export async function readSheetChunked(context: Excel.RequestContext, name: string, options: ReadOptions = {}): Promise<SheetData> {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  await context.sync();
  if (used.isNullObject) return { name, rows: [] };

  const firstRow = used.rowIndex;
  const firstCol = used.columnIndex;
  const cols = used.columnCount;
  const lastRow = options.maxRows === undefined ? firstRow + used.rowCount : Math.min(firstRow + used.rowCount, options.maxRows);
  const total = Math.max(0, lastRow - firstRow);
  const rows: ((RawCell | undefined)[] | undefined)[] = new Array<undefined>(firstRow).fill(undefined);
  let chunk = Math.max(1, Math.min(options.chunkRows ?? START_CHUNK_ROWS, Math.floor(MAX_CELLS_PER_READ / Math.max(1, cols))));
  let row = firstRow;
  while (row < lastRow) {
    const count = Math.min(chunk, lastRow - row);
    const range = sheet.getRangeByIndexes(row, firstCol, count, cols);
    range.load(CHUNK_PROPERTIES);
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error) || count === 1) throw error;
      chunk = Math.max(1, Math.floor(count / 2));
      continue;
    }
    const values = range.values;
    const numberFormat = range.numberFormat;
    const valueTypes = range.valueTypes as unknown as string[][];
    const formulas = range.formulas;
    for (const cells of chunkToRows({ values, numberFormat, valueTypes, formulas }, firstCol)) rows.push(cells);
    row += count;
    options.onProgress?.({ phase: 'read', done: row - firstRow, total });
  }
  while (rows.length > 0 && isEmptyRow(rows[rows.length - 1])) rows.pop();
  return { name, rows };
}

function isEmptyRow(row: readonly (RawCell | undefined)[] | undefined): boolean {
  return row === undefined || row.length === 0;
}
