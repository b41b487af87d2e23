/**
 * The reporting unit of a form (SPEC §10): the issuing body in the title block ("UBND XÃ TÂN THANH"),
 * else the file name; and the key that tells two spellings of one unit apart from two units.
 * See docs/adr/0030-consolidation-unit-names.md.
 */
import type { SheetData } from '../model/model';
import { cellText } from '../table/cell-text';
import { collapseSpaces, foldText, toNfc } from '../text/normalize';

/** Rows of the title block searched when the header row is not known. */
const TITLE_ROWS = 12;

/** Folded starts of an issuing body's line: a people's committee of any level, a department, an office. */
const ISSUER = /^(ubnd|uy ban nhan dan) (xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|dac khu)\b|^(so|phong|chi cuc|ban quan ly) [a-z]/;

/** Administrative level words, dropped only for a second-chance match of an expected unit list. */
const LEVEL = /^(xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|dac khu) /;

/** A line as written, tidied: NFC, single spaces, no trailing colon or dash. */
function tidy(line: string): string {
  return collapseSpaces(toNfc(line)).replace(/[\s:;,–-]+$/u, '');
}

/**
 * The unit named in the title block above the header: the last line (top to bottom, left to right) that starts
 * like an issuing body, so that "UBND XÃ TÂN THANH" under "UBND HUYỆN VĂN LÃNG" wins. Null when there is none.
 */
export function unitNameFromTitle(sheet: SheetData, headerRow?: number): string | null {
  const last = Math.min(sheet.rows.length, headerRow ?? TITLE_ROWS);
  let found: string | null = null;
  for (let r = 0; r < last; r++) {
    for (const cell of sheet.rows[r] ?? []) {
      const text = cellText(cell);
      if (text === '') continue;
      for (const line of text.split(/\r?\n/)) {
        const folded = foldText(line);
        if (folded.length <= 80 && ISSUER.test(folded)) found = tidy(line);
      }
    }
  }
  return found;
}

/** The file name without its folder and extension, the unit's name when the title block names none. */
export function unitNameFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return tidy(dot > 0 ? base.slice(0, dot) : base);
}

/**
 * The comparison key of a unit name: folded, punctuation as spaces, "Ủy ban nhân dân" and "UBND" dropped,
 * so "UBND XÃ TÂN THANH", "Ủy ban nhân dân xã Tân Thanh" and "Xã Tân Thanh" are one unit.
 */
export function unitKey(name: string): string {
  const folded = collapseSpaces(foldText(name).replace(/[^\p{L}\p{N}]+/gu, ' '));
  return folded.replace(/^(ubnd|uy ban nhan dan) /, '');
}

/** The key without its administrative level ("tan thanh" for "xa tan thanh"), for a unit list that omits it. */
export function bareUnitKey(name: string): string {
  return unitKey(name).replace(LEVEL, '');
}
