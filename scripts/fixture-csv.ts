/**
 * CSV output for catalogue exports: UTF-8 with a byte-order mark (what Excel needs to show
 * Vietnamese correctly), every field quoted, CRLF line ends.
 */
import type { Cell, Column, TableRow } from './fixture-xlsx';

/** Text of a cell as a Vietnamese user would type it in a CSV (decimal comma). */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'object' && '$' in cell) return cellText(cell.$);
  throw new Error(`cannot write ${JSON.stringify(cell)} to CSV`);
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Renders a table as CSV text (without the byte-order mark). */
export function toCsv(columns: readonly Column[], rows: readonly TableRow[]): string {
  const lines = [columns.map((c) => quote(c.header)).join(',')];
  rows.forEach((row, i) => {
    lines.push(columns.map((c) => quote(c.key === 'stt' && row.cells.stt === undefined ? String(i + 1) : cellText(row.cells[c.key]))).join(','));
  });
  return lines.join('\r\n') + '\r\n';
}

/** The bytes of a UTF-8 CSV file with a byte-order mark. */
export function csvBytes(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
