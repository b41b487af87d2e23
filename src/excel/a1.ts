/** A1-notation helpers shared by the Office.js adapter: column letters, cell positions and range addresses. */

/** The column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 0-based column index of column letters (A → 0, AA → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A cell position, 0-based. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** Parses an A1 cell address such as `B19` or `$B$19` into a 0-based position. */
export function parseCell(address: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** A rectangular block, 0-based and inclusive-exclusive by count. */
export interface Block {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Parses `A1` or `A1:C9` into a block. */
export function parseRange(address: string): Block {
  const [first, last] = address.split(':');
  const a = parseCell(first);
  const b = last === undefined ? a : parseCell(last);
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

/** The A1 address of a block (`B2` for a single cell, `B2:D9` otherwise). */
export function blockAddress(block: Block): string {
  const start = `${columnLetters(block.col)}${block.row + 1}`;
  if (block.rows === 1 && block.cols === 1) return start;
  return `${start}:${columnLetters(block.col + block.cols - 1)}${block.row + block.rows}`;
}

/** A sheet name quoted for use in a reference (`'Kiểm tra'!A1`), with inner quotes doubled. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * Merges single cells into vertical runs, then equal runs in adjacent columns into rectangles,
 * so a long list of cells becomes a short list of range addresses.
 */
export function compressCells(cells: readonly string[]): string[] {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const p = parseCell(cell);
    const rows = byColumn.get(p.col) ?? [];
    rows.push(p.row);
    byColumn.set(p.col, rows);
  }
  const runs: Block[] = [];
  for (const col of [...byColumn.keys()].sort((x, y) => x - y)) {
    const rows = [...new Set(byColumn.get(col))].sort((x, y) => x - y);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      runs.push({ row: start, col, rows: rows[i - 1] - start + 1, cols: 1 });
      start = rows[i];
    }
  }
  return runs.map(blockAddress);
}
