/** Column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(col: number): string {
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
