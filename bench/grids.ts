/** The big benchmark workbook as in-memory SheetData grids, the form the engine receives from a host. */
import type { RawCell, SheetData } from '../src/core';
import type { BigCell } from './big-rows';
import { CATALOGUE_SHEET, DATA_SHEET, catalogueRows, dataRows } from './big-rows';

function rawCell(cell: BigCell): RawCell | undefined {
  if (cell === null) return undefined;
  return typeof cell === 'object' ? { value: cell.value, numFmt: cell.numFmt } : { value: cell };
}

function grid(name: string, rows: Iterable<readonly BigCell[]>): SheetData {
  const out: Array<Array<RawCell | undefined>> = [];
  for (const cells of rows) out.push(cells.map(rawCell));
  return { name, rows: out };
}

/** The catalogue and data sheets of `rows` indicators, as a host would hand them to the engine. */
export function bigGrids(rows: number): SheetData[] {
  return [grid(CATALOGUE_SHEET, catalogueRows(rows)), grid(DATA_SHEET, dataRows(rows))];
}
