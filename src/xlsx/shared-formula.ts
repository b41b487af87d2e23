/** Rewriting a shared formula's master text for a dependent cell (relative A1 references move with the cell). */
import { columnIndex, columnLetter } from '../core';

const TOKENS =
  /("(?:[^"]|"")*")|('(?:[^']|'')*')|(\[[^\]]*\])|(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(.])/g;

/**
 * The formula of a cell `dRow` rows and `dCol` columns away from the master of a shared formula: relative
 * references shift, absolute (`$`) parts stay; string literals, quoted sheet names and structured references
 * are left alone. A reference shifted off the sheet becomes `#REF!`.
 */
export function shiftFormula(master: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return master;
  return master.replace(TOKENS, (whole, str, sheet, bracket, cAbs: string, letters: string, rAbs: string, digits: string) => {
    if (str !== undefined || sheet !== undefined || bracket !== undefined) return whole;
    const col0 = columnIndex(letters) + 1;
    const row0 = Number(digits);
    if (col0 > 16384 || row0 < 1 || row0 > 1048576) return whole;
    const col = cAbs ? col0 : col0 + dCol;
    const row = rAbs ? row0 : row0 + dRow;
    if (col < 1 || col > 16384 || row < 1 || row > 1048576) return '#REF!';
    return `${cAbs}${columnLetter(col - 1)}${rAbs}${row}`;
  });
}
