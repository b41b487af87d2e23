/** A1 references in one place: column letters and indexes, cell addresses, quoted sheet names and merged cell areas. */

/** Column letters already spelled, by 0-based column index (a fixed mapping: every address of a run reuses them). */
const LETTERS: string[] = [];

/** Column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(col: number): string {
  if (col >= 0 && col < 1024 && Number.isInteger(col)) return (LETTERS[col] ??= spellColumn(col));
  return spellColumn(col);
}

/** Spells the column letters of a 0-based column index. */
function spellColumn(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return columnLetter(col) + String(row + 1);
}

/** 0-based column index of column letters (A → 0), or -1 when the text is not column letters. */
export function columnIndex(letters: string): number {
  const up = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(up)) return -1;
  let n = 0;
  for (let i = 0; i < up.length; i++) n = n * 26 + (up.charCodeAt(i) - 64);
  return n - 1;
}

/** A cell position, 0-based. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** The 0-based position of an A1 cell address such as `B19` or `$B$19`, or null when it is not one. */
export function parseCellAddress(address: string): CellPosition | null {
  const match = CELL.exec(address.trim());
  return match ? { row: Number(match[2]) - 1, col: columnIndex(match[1]) } : null;
}

/** A rectangular block of cells: 0-based first row and column, and how many rows and columns. */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** The block of `A1` or `A1:C9` (either corner first, `$` allowed); throws when a corner is not a cell address. */
export function parseRangeAddress(address: string): CellBlock {
  const [first, last = first] = address.split(':');
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  if (!a || !b) throw new Error(`Not an A1 range address: ${address}`);
  return { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

/** The A1 address of a block (`B2` for a single cell, `B2:D9` otherwise). */
export function blockAddress(block: CellBlock): string {
  const start = cellAddress(block.row, block.col);
  if (block.rows === 1 && block.cols === 1) return start;
  return `${start}:${cellAddress(block.row + block.rows - 1, block.col + block.cols - 1)}`;
}

/** A sheet name quoted for a formula or reference (`'Kiểm tra'!A1`), with inner single quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A reference to a cell or range on a named sheet, as formulas and hyperlinks take it (`'Kiểm tra'!B7`). */
export function sheetReference(sheet: string, ref: string): string {
  return `${quoteSheetName(sheet)}!${ref}`;
}

/**
 * The areas covering a list of A1 cells, as OOXML sqref and Office range lists take them: consecutive rows of one
 * column merged (E7 E8 E9 → E7:E9), duplicates dropped, columns left to right, texts that are not cells skipped.
 */
export function cellAreas(cells: readonly string[]): string[] {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const p = parseCellAddress(cell);
    if (!p) continue;
    const rows = byColumn.get(p.col) ?? [];
    rows.push(p.row);
    byColumn.set(p.col, rows);
  }
  const runs: CellBlock[] = [];
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
