/** Setting and clearing ChiTieu's flag rules (conditional formats) on a data worksheet by splicing its XML. */
import type { FlagKind, SheetFlags } from '../core';
import { FLAG_MARKER_PREFIX, FLAG_STYLES, flagRuleFormula } from '../core';
import { asciiBytes, concatBytes, lastIndexOfBytes, utf8At, utf8Bytes } from './binary';
import { tagEndAt } from './bytes';
import { XlsxError } from './errors';
import { columnLetters, columnNumber } from './shared-formula';
import type { Edit } from './splice';
import { applyEdits } from './splice';
import { children, escapeText, rootPrefix } from './xml';

/** Elements that CT_Worksheet places before (or among) conditionalFormatting, after sheetData. */
const SHEET_DATA = asciiBytes('sheetData');
const BEFORE_CF = new Set([
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
]);

/**
 * The worksheet bytes with ChiTieu's old flag rules removed and the given flags added (empty flags only clear).
 * Only the part after `</sheetData>` is decoded and patched; everything else is kept byte for byte.
 */
export function patchFlags(sheet: Uint8Array, flags: SheetFlags | undefined, dxf: Readonly<Record<FlagKind, number>> | undefined): Uint8Array {
  const at = sheetDataEnd(sheet);
  const tail = utf8At(sheet, at);
  const prefix = rootPrefix(utf8At(sheet, 0, Math.min(sheet.length, 4096)));
  const cleaned = removeOwnedRules(tail);
  const blocks = flags && dxf ? renderRules(flags, dxf, nextPriority(cleaned), prefix) : '';
  let patched = cleaned;
  if (blocks) {
    const siblings = children(cleaned, 0, cleaned.length);
    const next = siblings.find((c) => !BEFORE_CF.has(c.tag.local));
    const pos = next ? next.tag.start : cleaned.lastIndexOf('</');
    patched = cleaned.slice(0, pos) + blocks + cleaned.slice(pos);
  }
  if (patched === tail) return sheet;
  return concatBytes([sheet.subarray(0, at), utf8Bytes(patched)]);
}

/** Index just after `</sheetData>` (or a self-closing `<sheetData/>`). */
function sheetDataEnd(b: Uint8Array): number {
  const name = lastIndexOfBytes(b, SHEET_DATA);
  const end = name > 0 ? tagEndAt(b, name + 9) : -1;
  if (end < 0) throw new XlsxError('cannot-preserve', 'a flagged worksheet has no sheetData');
  return end;
}

/** Removes every cfRule carrying ChiTieu's marker, and conditionalFormatting elements left without rules. */
export function removeOwnedRules(tail: string): string {
  if (tail.indexOf(FLAG_MARKER_PREFIX) < 0) return tail;
  const edits: Edit[] = [];
  for (const cf of children(tail, 0, tail.length)) {
    if (cf.tag.local !== 'conditionalFormatting' || tail.slice(cf.contentStart, cf.contentEnd).indexOf(FLAG_MARKER_PREFIX) < 0) continue;
    const rules = children(tail, cf.contentStart, cf.contentEnd).filter((r) => r.tag.local === 'cfRule');
    const owned = rules.filter((r) => tail.slice(r.contentStart, r.contentEnd).includes(FLAG_MARKER_PREFIX));
    if (owned.length === rules.length) edits.push({ start: cf.tag.start, end: cf.end, text: '' });
    else for (const r of owned) edits.push({ start: r.tag.start, end: r.end, text: '' });
  }
  return applyEdits(tail, edits);
}

/** One more than the highest conditional-format priority already on the sheet. */
function nextPriority(tail: string): number {
  let max = 0;
  for (const m of tail.matchAll(/\spriority\s*=\s*"(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/** Areas per conditionalFormatting element: very long range lists are split so spreadsheet programs take them. */
export const MAX_AREAS_PER_RULE = 1000;

/** The conditionalFormatting elements for these flags: per non-empty kind, one per block of at most MAX_AREAS_PER_RULE areas. */
function renderRules(flags: SheetFlags, dxf: Readonly<Record<FlagKind, number>>, priority: number, p: string): string {
  let out = '';
  for (const kind of Object.keys(FLAG_STYLES) as FlagKind[]) {
    const areas = sqrefAreas(flags.cells[kind] ?? []);
    for (let i = 0; i < areas.length; i += MAX_AREAS_PER_RULE) {
      const sqref = areas.slice(i, i + MAX_AREAS_PER_RULE).join(' ');
      out +=
        `<${p}conditionalFormatting sqref="${sqref}"><${p}cfRule type="expression" dxfId="${dxf[kind]}" priority="${priority++}">` +
        `<${p}formula>${escapeText(flagRuleFormula(kind))}</${p}formula></${p}cfRule></${p}conditionalFormatting>`;
    }
  }
  return out;
}

/** A space-separated sqref with consecutive cells of one column merged into ranges (E7 E8 E9 → E7:E9). */
export function compressSqref(cells: readonly string[]): string {
  return sqrefAreas(cells).join(' ');
}

/** The areas of a flag range: consecutive cells of one column merged (E7 E8 E9 → E7:E9), columns left to right. */
export function sqrefAreas(cells: readonly string[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const a of cells) {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a.trim());
    if (!m) continue;
    const col = columnNumber(m[1]);
    const rows = byCol.get(col) ?? [];
    rows.push(Number(m[2]));
    byCol.set(col, rows);
  }
  const parts: string[] = [];
  for (const col of [...byCol.keys()].sort((x, y) => x - y)) {
    const letters = columnLetters(col);
    const rows = [...new Set(byCol.get(col))].sort((x, y) => x - y);
    for (let k = 0; k < rows.length; ) {
      let e = k;
      while (e + 1 < rows.length && rows[e + 1] === rows[e] + 1) e++;
      parts.push(e > k ? `${letters}${rows[k]}:${letters}${rows[e]}` : `${letters}${rows[k]}`);
      k = e + 1;
    }
  }
  return parts;
}
