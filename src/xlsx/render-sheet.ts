/** Rendering a SheetModel as a worksheet part (inline strings, never formulas), in CT_Worksheet element order. */
import type { SheetModel } from '../core';
import { cellAddress, columnLetter, sheetReference } from '../core';
import type { XfKey } from './patch-styles';
import { encodeXString, escapeAttr, escapeText } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The worksheet XML of an owned sheet; with `drawingRelId`, a `<drawing>` pointing at the sheet's chart drawing
 * (the chart parts themselves come from owned-chart.ts). Cells without a style get ChiTieu's plain style.
 */
export function renderWorksheet(model: SheetModel, xf: Readonly<Record<XfKey, number>>, drawingRelId?: string): string {
  const out: string[] = [];
  const fit = model.print.fitToWidth;
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (fit) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  let lastRow = 0;
  let lastCol = 0;
  model.rows.forEach((row, r) => {
    if (row && row.length > 0) {
      lastRow = r + 1;
      lastCol = Math.max(lastCol, row.length);
    }
  });
  out.push(`<dimension ref="${lastRow > 0 ? `A1:${columnLetter(Math.max(lastCol, 1) - 1)}${lastRow}` : 'A1'}"/>`);
  out.push('<sheetViews><sheetView workbookViewId="0">');
  if (model.freezeRows > 0) {
    const top = `A${model.freezeRows + 1}`;
    out.push(`<pane ySplit="${model.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>`);
    out.push(`<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`);
  }
  out.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15.75"/>');
  if (model.columnWidths.length > 0) {
    out.push('<cols>');
    model.columnWidths.forEach((w, c) => out.push(`<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`));
    out.push('</cols>');
  }
  out.push('<sheetData>');
  const links: string[] = [];
  const rowCount = Math.max(model.rows.length, ...Object.keys(model.rowHeights).map(Number));
  for (let r = 0; r < rowCount; r++) {
    const row = model.rows[r];
    const ht = model.rowHeights[r + 1];
    if (!row?.length && ht === undefined) continue;
    out.push(`<row r="${r + 1}"${ht !== undefined ? ` ht="${ht}" customHeight="1"` : ''}>`);
    row?.forEach((cell, c) => {
      if (!cell) return;
      const ref = cellAddress(r, c);
      const s = xf[cell.style ?? 'plain'];
      const v = cell.value;
      if (typeof v === 'number' && Number.isFinite(v)) out.push(`<c r="${ref}" s="${s}"><v>${v}</v></c>`);
      else if (typeof v === 'string') {
        out.push(`<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeText(encodeXString(v))}</t></is></c>`);
      } else out.push(`<c r="${ref}" s="${s}"/>`);
      if (cell.link) {
        const location = sheetReference(cell.link.sheet, cell.link.cell);
        const display = typeof v === 'string' ? ` display="${escapeAttr(v)}"` : '';
        links.push(`<hyperlink ref="${ref}" location="${escapeAttr(location)}"${display}/>`);
      }
    });
    out.push('</row>');
  }
  out.push('</sheetData>');
  if (model.merges.length > 0) {
    out.push(`<mergeCells count="${model.merges.length}">`);
    for (const m of model.merges) out.push(`<mergeCell ref="${escapeAttr(m)}"/>`);
    out.push('</mergeCells>');
  }
  if (links.length > 0) out.push(`<hyperlinks>${links.join('')}</hyperlinks>`);
  out.push('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  const orientation = model.print.landscape ? 'landscape' : 'portrait';
  out.push(`<pageSetup paperSize="9" orientation="${orientation}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`);
  // The chart starts a printed page of its own, so a page break never cuts it in two.
  const chartRow = drawingRelId && model.chart ? Number(/\d+/.exec(model.chart.anchor)?.[0] ?? 1) - 1 : 0;
  if (chartRow > 0) out.push(`<rowBreaks count="1" manualBreakCount="1"><brk id="${chartRow}" max="16383" man="1"/></rowBreaks>`);
  if (drawingRelId) out.push(`<drawing r:id="${escapeAttr(drawingRelId)}"/>`);
  out.push('</worksheet>');
  return out.join('');
}
