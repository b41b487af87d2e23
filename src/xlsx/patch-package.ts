/** Patching workbook.xml, its relationships and [Content_Types].xml for removed and added owned sheets. */
import type { OwnedRole } from '../core';
import { OWNED_SHEET_NAME_MARKER, sheetReference } from '../core';
import { XlsxError } from './errors';
import type { SheetEntry } from './read-package';
import type { Edit } from './splice';
import { applyEdits } from './splice';
import type { Element } from './xml';
import { attr, children, escapeAttr, escapeText, findElement, rootPrefix, setAttr } from './xml';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_REL = `${REL_NS}/worksheet`;
/** Content type of a worksheet part. */
export const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** A sheet to add at the end of the workbook. */
export interface NewSheet {
  readonly name: string;
  readonly role: OwnedRole;
  readonly rId: string;
  readonly sheetId: number;
  /** Rows repeated at the top of each printed page (0 for none). */
  readonly printTitleRows: number;
}

/** Root element of a part, or a 'cannot-preserve' error. */
function root(xml: string, local: string): Element {
  const el = findElement(xml, local);
  if (!el || el.tag.selfClosing) throw new XlsxError('cannot-preserve', `cannot locate <${local}> to update it`);
  return el;
}

/** workbook.xml without the removed sheets (and names scoped to them), with the new sheets and their markers. */
export function patchWorkbookXml(xml: string, all: readonly SheetEntry[], removed: ReadonlySet<number>, added: readonly NewSheet[]): string {
  const p = rootPrefix(xml);
  const wbEl = root(xml, 'workbook');
  const top = children(xml, wbEl.contentStart, wbEl.contentEnd);
  const sheetsEl = top.find((c) => c.tag.local === 'sheets');
  if (!sheetsEl || sheetsEl.tag.selfClosing) throw new XlsxError('cannot-preserve', 'workbook.xml has no <sheets>');
  const relPrefix = /\sxmlns:([A-Za-z0-9_]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
    xml.slice(wbEl.tag.start, wbEl.tag.end),
  )?.[1];
  const rAttr = relPrefix ? `${relPrefix}:id` : `xmlns:r="${REL_NS}" r:id`;
  const newIndex = new Map<number, number>();
  let kept = 0;
  for (const s of all) if (!removed.has(s.index)) newIndex.set(s.index, kept++);
  const edits: Edit[] = [];
  children(xml, sheetsEl.contentStart, sheetsEl.contentEnd).forEach((el, i) => {
    if (removed.has(i)) edits.push({ start: el.tag.start, end: el.end, text: '' });
  });
  const sheetXml = added
    .map((s) => `<${p}sheet name="${escapeAttr(s.name)}" sheetId="${s.sheetId}" ${rAttr}="${escapeAttr(s.rId)}"/>`)
    .join('');
  edits.push({ start: sheetsEl.contentEnd, end: sheetsEl.contentEnd, text: sheetXml });
  let names = '';
  added.forEach((s, k) => {
    const local = kept + k;
    names += `<${p}definedName name="${OWNED_SHEET_NAME_MARKER}" localSheetId="${local}" hidden="1">"${s.role}"</${p}definedName>`;
    if (s.printTitleRows > 0) {
      const ref = escapeText(sheetReference(s.name, `$1:$${s.printTitleRows}`));
      names += `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${local}">${ref}</${p}definedName>`;
    }
  });
  const dnEl = top.find((c) => c.tag.local === 'definedNames');
  if (dnEl) {
    for (const el of children(xml, dnEl.contentStart, dnEl.contentEnd)) {
      const tag = xml.slice(el.tag.start, el.tag.end);
      const local = attr(tag, 'localSheetId');
      if (local === undefined) continue;
      const to = newIndex.get(Number(local));
      if (to === undefined) edits.push({ start: el.tag.start, end: el.end, text: '' });
      else if (to !== Number(local)) edits.push({ start: el.tag.start, end: el.tag.end, text: setAttr(tag, 'localSheetId', String(to)) });
    }
    if (dnEl.tag.selfClosing) {
      edits.push({ start: dnEl.tag.start, end: dnEl.end, text: `<${p}definedNames>${names}</${p}definedNames>` });
    } else edits.push({ start: dnEl.contentEnd, end: dnEl.contentEnd, text: names });
  } else if (names) {
    const after = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];
    const at = top.find((c) => after.includes(c.tag.local))?.tag.start ?? wbEl.contentEnd;
    edits.push({ start: at, end: at, text: `<${p}definedNames>${names}</${p}definedNames>` });
  }
  const total = kept + added.length;
  const bookViews = top.find((c) => c.tag.local === 'bookViews');
  if (bookViews && removed.size > 0) {
    for (const v of children(xml, bookViews.contentStart, bookViews.contentEnd)) {
      let tag = xml.slice(v.tag.start, v.tag.end);
      for (const name of ['activeTab', 'firstSheet']) {
        const old = Number(attr(tag, name) ?? 0);
        let to = newIndex.get(old) ?? total - 1;
        if (to >= total) to = 0;
        if (to !== old) tag = setAttr(tag, name, String(to));
      }
      edits.push({ start: v.tag.start, end: v.tag.end, text: tag });
    }
  }
  return applyEdits(xml, edits);
}

/** The workbook's .rels without the removed relationships and with new relationships (worksheets unless a type is given). */
export function patchRels(xml: string, removedIds: ReadonlySet<string>, added: ReadonlyArray<{ id: string; target: string; type?: string }>): string {
  const p = rootPrefix(xml);
  const el = root(xml, 'Relationships');
  const edits: Edit[] = [];
  for (const r of children(xml, el.contentStart, el.contentEnd)) {
    const id = attr(xml.slice(r.tag.start, r.tag.end), 'Id');
    if (id !== undefined && removedIds.has(id)) edits.push({ start: r.tag.start, end: r.end, text: '' });
  }
  const text = added.map((a) => `<${p}Relationship Id="${escapeAttr(a.id)}" Type="${escapeAttr(a.type ?? WORKSHEET_REL)}" Target="${escapeAttr(a.target)}"/>`).join('');
  edits.push({ start: el.contentEnd, end: el.contentEnd, text });
  return applyEdits(xml, edits);
}

/** [Content_Types].xml without overrides of removed parts and with overrides for new parts. */
export function patchContentTypes(xml: string, removedParts: ReadonlySet<string>, added: ReadonlyArray<{ part: string; type: string }>): string {
  const p = rootPrefix(xml);
  const el = root(xml, 'Types');
  const gone = new Set([...removedParts].map((x) => `/${x}`.toLowerCase()));
  const edits: Edit[] = [];
  for (const o of children(xml, el.contentStart, el.contentEnd)) {
    const name = attr(xml.slice(o.tag.start, o.tag.end), 'PartName');
    if (o.tag.local === 'Override' && name !== undefined && gone.has(name.toLowerCase())) edits.push({ start: o.tag.start, end: o.end, text: '' });
  }
  const text = added.map((a) => `<${p}Override PartName="/${escapeAttr(a.part)}" ContentType="${escapeAttr(a.type)}"/>`).join('');
  edits.push({ start: el.contentEnd, end: el.contentEnd, text });
  return applyEdits(xml, edits);
}
