import type { RawCell } from '../model/model';
import { toNfc } from '../text/normalize';

/**
 * The trimmed text of a cell for text fields (names, units, codes): numbers as typed, errors as their code.
 * Unicode form is left as typed; matching keys and displayed names are composed (NFC) where they are made.
 */
export function cellText(cell: RawCell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return needsTrim(v) ? v.trim() : v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.error;
}

const WHITESPACE = /\s+/g;

/** True for the UTF-16 code units that `String.prototype.trim` removes (the same set as the regular expression `\s`). */
export function isTrimmedSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when a text starts or ends with whitespace (trim copies every non-ASCII string, so test first; a regular expression would scan it all). */
function needsTrim(v: string): boolean {
  return v.length > 0 && (isTrimmedSpace(v.charCodeAt(0)) || isTrimmedSpace(v.charCodeAt(v.length - 1)));
}

/** The comparison key of an indicator code: NFC, upper-case, without spaces. */
export function codeKey(code: string): string {
  return isPlainCode(code) ? code : toNfc(code).replace(WHITESPACE, '').toUpperCase();
}

/** True for a code that is already its own key: upper-case ASCII letters, digits and `.`, `_`, `-`, `/` only (scanned by hand: every row's code is tested). */
function isPlainCode(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 47 && c <= 57) || c === 46 || c === 95 || c === 45)) return false;
  }
  return true;
}

/** The text of the cell in column `col` of a row (empty when the column is absent). */
export function textAt(cells: ReadonlyArray<RawCell | undefined>, col: number | undefined): string {
  return col === undefined ? '' : cellText(cells[col]);
}
