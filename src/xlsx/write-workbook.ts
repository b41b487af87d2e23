/** Writing the checked workbook: owned sheets replaced, flags set, every other part carried through byte for byte. */
import type { OwnedRole, SheetFlags, SheetInfo, SheetModel } from '../core';
import { resolveOwnedSheetName } from '../core';
import { utf8Bytes } from './binary';
import { OWNED_DRAWING_REL_ID, chartParts, ownedDrawingParts } from './owned-chart';
import { XlsxError } from './errors';
import type { NewSheet } from './patch-package';
import { WORKSHEET_CT, patchContentTypes, patchRels, patchWorkbookXml } from './patch-package';
import { patchFlags } from './patch-flags';
import type { StylesPatch } from './patch-styles';
import { patchStyles } from './patch-styles';
import type { StylesSource } from './ensure-styles';
import { STYLES_CT, STYLES_REL, stylesSource } from './ensure-styles';
import { relsPathOf } from './read-package';
import type { XlsxWorkbook } from './read-workbook';
import { renderWorksheet } from './render-sheet';
import type { ZipWriteEntry } from './zip';
import { writeZip } from './zip';

/** What ChiTieu changes in a workbook: the owned sheets to (re)write and the flags to set or clear. */
export interface WorkbookChange {
  readonly sheets: readonly SheetModel[];
  readonly flags: readonly SheetFlags[];
  /** Data sheets whose flags are removed (without new ones). */
  readonly clearFlagsOn?: readonly string[];
}

/** The new package and the name each written owned sheet got (only the roles that were written). */
export interface WrittenWorkbook {
  readonly bytes: Uint8Array;
  readonly names: Partial<Record<OwnedRole, string>>;
}

const CONTENT_TYPES = '[Content_Types].xml';

/**
 * Builds the checked workbook. Updated parts: [Content_Types].xml, the workbook part and its .rels, styles.xml and
 * the flagged worksheets; docProps/app.xml is left as it was (Excel does not rely on its sheet list).
 */
export function writeCheckedWorkbook(wb: XlsxWorkbook, change: WorkbookChange): WrittenWorkbook {
  const { entries, names } = checkedWorkbookEntries(wb, change);
  return { bytes: writeZip(entries), names };
}

/** The entries of the checked workbook's package, before they are zipped (see writeCheckedWorkbook). */
export function checkedWorkbookEntries(wb: XlsxWorkbook, change: WorkbookChange): { entries: ZipWriteEntry[]; names: Partial<Record<OwnedRole, string>> } {
  const roles = new Set(change.sheets.map((m) => m.role));
  if (roles.size !== change.sheets.length) throw new XlsxError('cannot-preserve', 'two owned sheets share one role');
  const removed = wb.sheets.filter((s) => s.owned && roles.has(s.owned));
  const removedIdx = new Set(removed.map((s) => s.index));
  const replaced = new Map<string, Uint8Array>();
  const dropped = new Set<string>();
  const flagged = new Map<string, SheetFlags | undefined>();
  for (const name of change.clearFlagsOn ?? []) flagged.set(name, undefined);
  for (const f of change.flags) flagged.set(f.sheet, f);
  let styles: StylesPatch | undefined;
  let source: StylesSource | undefined;
  const appended: Array<{ name: string; data: Uint8Array }> = [];
  const needStyles = change.sheets.length > 0 || change.flags.length > 0;
  if (needStyles) {
    source = stylesSource(wb);
    styles = patchStyles(source.xml);
    if (source.created) appended.push({ name: source.path, data: utf8Bytes(styles.xml) });
    else if (styles.xml !== wb.zip.text(source.path)) replaced.set(source.path, utf8Bytes(styles.xml));
  }
  // Flags first, on the sheet XML the reads kept (not inflated again); the other kept XML is let go before the
  // owned sheets are rendered.
  for (const [sheetName, flags] of flagged) {
    const sheet = wb.sheets.find((s) => s.kind === 'worksheet' && s.name === sheetName);
    if (!sheet) throw new XlsxError('sheet-not-found', `cannot flag missing worksheet "${sheetName}"`);
    if (removedIdx.has(sheet.index)) continue;
    if (!sheet.part || !wb.zip.has(sheet.part)) throw new XlsxError('cannot-preserve', `cannot locate the part of sheet "${sheetName}"`);
    const before = wb.partBytes(sheet.part);
    const after = patchFlags(before, flags, styles?.dxf);
    if (after !== before) replaced.set(sheet.part, after);
  }
  wb.releasePartBytes();
  const names: Partial<Record<OwnedRole, string>> = {};
  if (change.sheets.length > 0 && styles) {
    for (const s of removed) {
      if (!s.part) throw new XlsxError('cannot-preserve', `cannot locate the part of owned sheet "${s.name}"`);
      dropped.add(s.part);
      dropped.add(relsPathOf(s.part));
      for (const part of ownedDrawingParts(wb.zip, s.part)) dropped.add(part);
    }
    const calcChain = dropCalcChainIfNeeded(wb, removed.map((s) => s.part as string));
    const taken: SheetInfo[] = wb.sheets.filter((s) => !removedIdx.has(s.index)).map((s) => ({ name: s.name, owned: s.owned }));
    const usedParts = new Set(wb.zip.names().filter((n) => !dropped.has(n)).map((n) => n.toLowerCase()));
    const usedIds = new Set(wb.workbookRels.map((r) => r.id).filter((id) => !removed.some((s) => s.rId === id)));
    const dir = wb.workbookPath.slice(0, wb.workbookPath.lastIndexOf('/') + 1);
    let sheetId = Math.max(0, ...wb.sheets.filter((s) => !removedIdx.has(s.index)).map((s) => s.sheetId));
    const added: NewSheet[] = [];
    const rels: Array<{ id: string; target: string }> = [];
    const parts: Array<{ part: string; type: string }> = [];
    for (const model of change.sheets) {
      const name = resolveOwnedSheetName(model.name, model.role, taken);
      taken.push({ name, owned: model.role });
      names[model.role] = name;
      let n = 1;
      while (usedParts.has(`${dir}worksheets/sheet${n}.xml`.toLowerCase())) n++;
      const part = `${dir}worksheets/sheet${n}.xml`;
      usedParts.add(part.toLowerCase());
      let k = usedIds.size + 1;
      while (usedIds.has(`rId${k}`)) k++;
      const rId = `rId${k}`;
      usedIds.add(rId);
      added.push({ name, role: model.role, rId, sheetId: ++sheetId, printTitleRows: model.freezeRows });
      rels.push({ id: rId, target: `worksheets/sheet${n}.xml` });
      parts.push({ part, type: WORKSHEET_CT });
      const chart = model.chart ? chartParts(model, model.chart, name, part, usedParts) : [];
      appended.push({ name: part, data: renderWorksheet(model, styles.xf, chart.length > 0 ? OWNED_DRAWING_REL_ID : undefined) });
      for (const extra of chart) {
        appended.push({ name: extra.part, data: utf8Bytes(extra.xml) });
        if (extra.type) parts.push({ part: extra.part, type: extra.type });
      }
    }
    const removedRelIds = new Set(removed.map((s) => s.rId));
    if (calcChain) {
      removedRelIds.add(calcChain.rId);
      dropped.add(calcChain.part);
    }
    replaced.set(wb.workbookPath, utf8Bytes(patchWorkbookXml(wb.workbookXml, wb.sheets, removedIdx, added)));
    replaced.set(wb.workbookRelsPath, utf8Bytes(patchRels(wb.zip.text(wb.workbookRelsPath), removedRelIds, rels)));
    const ct = patchContentTypes(wb.zip.text(CONTENT_TYPES), dropped, parts);
    replaced.set(CONTENT_TYPES, utf8Bytes(ct));
  }
  if (source?.created) addStylesPart(wb, source.path, replaced);
  const entries: ZipWriteEntry[] = [];
  for (const raw of wb.zip.entries()) {
    if (dropped.has(raw.name)) continue;
    const data = replaced.get(raw.name);
    entries.push(data ? { name: raw.name, data } : { name: raw.name, raw });
  }
  entries.push(...appended);
  return { entries, names };
}

/** Registers a new styles part: a workbook relationship and a content-type override (on top of earlier patches). */
function addStylesPart(wb: XlsxWorkbook, path: string, replaced: Map<string, Uint8Array>): void {
  const text = (part: string): string => {
    const patched = replaced.get(part);
    return patched ? new TextDecoder().decode(patched) : wb.zip.text(part);
  };
  const ids = new Set(wb.workbookRels.map((r) => r.id));
  for (const bytes of [replaced.get(wb.workbookRelsPath)]) if (bytes) for (const m of new TextDecoder().decode(bytes).matchAll(/Id="([^"]+)"/g)) ids.add(m[1]);
  let k = ids.size + 1;
  while (ids.has(`rId${k}`)) k++;
  const dir = wb.workbookPath.slice(0, wb.workbookPath.lastIndexOf('/') + 1);
  const rel = { id: `rId${k}`, target: path.slice(dir.length), type: STYLES_REL };
  replaced.set(wb.workbookRelsPath, utf8Bytes(patchRels(text(wb.workbookRelsPath), new Set(), [rel])));
  replaced.set(CONTENT_TYPES, utf8Bytes(patchContentTypes(text(CONTENT_TYPES), new Set(), [{ part: path, type: STYLES_CT }])));
}

/**
 * The calculation chain is a cache Excel rebuilds; when a removed owned sheet holds formulas the chain may point at
 * it, so the chain is dropped rather than left dangling.
 */
function dropCalcChainIfNeeded(wb: XlsxWorkbook, removedParts: readonly string[]): { rId: string; part: string } | undefined {
  const rel = wb.workbookRels.find((r) => r.type.endsWith('/calcChain'));
  if (!rel || removedParts.length === 0) return undefined;
  const hasFormula = removedParts.some((p) => wb.zip.has(p) && /<([A-Za-z0-9_]+:)?f[\s>/]/.test(wb.zip.text(p)));
  if (!hasFormula) return undefined;
  const dir = wb.workbookPath.slice(0, wb.workbookPath.lastIndexOf('/') + 1);
  const part = rel.target.startsWith('/') ? rel.target.slice(1) : dir + rel.target;
  return { rId: rel.id, part };
}
