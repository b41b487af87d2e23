/** Turns what Office.js returns for a range (values, number formats, value types) into the core's RawCells. */
import type { CellValue, RawCell } from '../core';

/** What a read loads: the values, their number formats, and value types to tell errors and empties from text. */
export const CELL_PROPERTIES = ['values', 'numberFormat', 'valueTypes'];

/** Office.js "General" number format, which the core represents as an absent numFmt. */
const GENERAL = 'General';

/** The core's value for one Office.js cell: errors become `{ error }`, empty cells null. */
export function toCellValue(value: unknown, valueType: string): CellValue {
  if (valueType === 'Error') return { error: String(value) };
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** One RawCell, or undefined for an empty cell. */
export function toRawCell(value: unknown, numberFormat: unknown, valueType: string): RawCell | undefined {
  const cellValue = toCellValue(value, valueType);
  if (cellValue === null) return undefined;
  const numFmt = typeof numberFormat === 'string' && numberFormat !== GENERAL && numberFormat !== '' ? numberFormat : undefined;
  return numFmt === undefined ? { value: cellValue } : { value: cellValue, numFmt };
}

/** The matrices one chunk read returns, all of the same shape. */
export interface ChunkMatrices {
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

/** Converts one chunk into sheet rows, each placed `leadingColumns` columns to the right (for a used range not starting at A). */
export function chunkToRows(chunk: ChunkMatrices, leadingColumns: number): (RawCell | undefined)[][] {
  return chunk.values.map((valueRow, r) => {
    const row: (RawCell | undefined)[] = new Array<RawCell | undefined>(leadingColumns).fill(undefined);
    for (let c = 0; c < valueRow.length; c++) {
      row.push(toRawCell(valueRow[c], chunk.numberFormat[r][c], chunk.valueTypes[r][c]));
    }
    while (row.length > 0 && row[row.length - 1] === undefined) row.pop();
    return row;
  });
}
