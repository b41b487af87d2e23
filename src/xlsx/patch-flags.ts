/** Setting and clearing ChiTieu's flag rules (conditional formats) on a data worksheet by splicing its XML. */
import type { FlagKind, SheetFlags } from '../core';
import { cellAreas, FLAG_MARKER_PREFIX, FLAG_STYLES, flagRuleFormula } from '../core';
import { asciiBytes, concatBytes, lastIndexOfBytes, utf8At, utf8Bytes } from './binary';
import { tagEndAt } from './bytes';
import { XlsxError } from './errors';
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
    const areas = cellAreas(flags.cells[kind] ?? []);
    for (let i = 0; i < areas.length; i += MAX_AREAS_PER_RULE) {
      const sqref = areas.slice(i, i + MAX_AREAS_PER_RULE).join(' ');
      out +=
        `<${p}conditionalFormatting sqref="${sqref}"><${p}cfRule type="expression" dxfId="${dxf[kind]}" priority="${priority++}">` +
        `<${p}formula>${escapeText(flagRuleFormula(kind))}</${p}formula></${p}cfRule></${p}conditionalFormatting>`;
    }
  }
  return out;
}
