/** Rendering a SheetModel as a worksheet part (inline strings, never formulas), in CT_Worksheet element order. */
import type { SheetModel } from '../core';
import { columnLetter, sheetReference } from '../core';
import type { XfKey } from './patch-styles';
import { Utf8Sink } from './binary';
import { encodeXString, escapeAttr, escapeText } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Anything an inline string's text must escape: XML's specials, `_x` of ST_Xstring, control characters. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>_\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** The escaped text of an inline string cell (most texts need nothing, so test once before two replacements). */
function cellText(v: string): string {
  return NEEDS_ESCAPE.test(v) ? escapeText(encodeXString(v)) : v;
}

/**
 * The worksheet XML of an owned sheet, as UTF-8 bytes; with `drawingRelId`, a `<drawing>` pointing at the sheet's chart drawing
 * (the chart parts themselves come from owned-chart.ts). Cells without a style get ChiTieu's plain style.
 */
export function renderWorksheet(model: SheetModel, xf: Readonly<Record<XfKey, number>>, drawingRelId?: string): Uint8Array {
  const out = new Utf8Sink();
  const fit = model.print.fitToWidth;
  out.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (fit) out.write('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  let lastRow = 0;
  let lastCol = 0;
  model.rows.forEach((row, r) => {
    if (row && row.length > 0) {
      lastRow = r + 1;
      lastCol = Math.max(lastCol, row.length);
    }
  });
  out.write(`<dimension ref="${lastRow > 0 ? `A1:${columnLetter(Math.max(lastCol, 1) - 1)}${lastRow}` : 'A1'}"/>`);
  out.write('<sheetViews><sheetView workbookViewId="0">');
  if (model.freezeRows > 0) {
    const top = `A${model.freezeRows + 1}`;
    out.write(`<pane ySplit="${model.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>`);
    out.write(`<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`);
  }
  out.write('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15.75"/>');
  if (model.columnWidths.length > 0) {
    out.write('<cols>');
    model.columnWidths.forEach((w, c) => out.write(`<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`));
    out.write('</cols>');
  }
  out.write('<sheetData>');
  const links: string[] = [];
  const rowCount = Math.max(model.rows.length, ...Object.keys(model.rowHeights).map(Number));
  const letters: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    const row = model.rows[r];
    const ht = model.rowHeights[r + 1];
    if (!row?.length && ht === undefined) continue;
    const rowNumber = r + 1;
    let xml = `<row r="${rowNumber}"${ht !== undefined ? ` ht="${ht}" customHeight="1"` : ''}>`;
    const width = row?.length ?? 0;
    for (let c = 0; c < width; c++) {
      const cell = row![c];
      if (!cell) continue;
      const ref = (letters[c] ??= columnLetter(c)) + rowNumber;
      const s = xf[cell.style ?? 'plain'];
      const v = cell.value;
      if (typeof v === 'number' && Number.isFinite(v)) xml += `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
      else if (typeof v === 'string') xml += `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${cellText(v)}</t></is></c>`;
      else xml += `<c r="${ref}" s="${s}"/>`;
      if (cell.link) {
        const location = sheetReference(cell.link.sheet, cell.link.cell);
        const display = typeof v === 'string' ? ` display="${escapeAttr(v)}"` : '';
        links.push(`<hyperlink ref="${ref}" location="${escapeAttr(location)}"${display}/>`);
      }
    }
    out.write(xml + '</row>');
  }
  out.write('</sheetData>');
  if (model.merges.length > 0) {
    out.write(`<mergeCells count="${model.merges.length}">`);
    for (const m of model.merges) out.write(`<mergeCell ref="${escapeAttr(m)}"/>`);
    out.write('</mergeCells>');
  }
  if (links.length > 0) out.write(`<hyperlinks>${links.join('')}</hyperlinks>`);
  out.write('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  const orientation = model.print.landscape ? 'landscape' : 'portrait';
  out.write(`<pageSetup paperSize="9" orientation="${orientation}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`);
  // The chart starts a printed page of its own, so a page break never cuts it in two.
  const chartRow = drawingRelId && model.chart ? Number(/\d+/.exec(model.chart.anchor)?.[0] ?? 1) - 1 : 0;
  if (chartRow > 0) out.write(`<rowBreaks count="1" manualBreakCount="1"><brk id="${chartRow}" max="16383" man="1"/></rowBreaks>`);
  if (drawingRelId) out.write(`<drawing r:id="${escapeAttr(drawingRelId)}"/>`);
  out.write('</worksheet>');
  return out.bytes();
}
