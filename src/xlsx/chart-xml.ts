/** DrawingML for the summary's chart: the chart part (bars of bands by field) and the drawing part that places it. */
import type { ChartSpec, SheetModel } from '../core';
import { parseRangeAddress, sheetReference } from '../core';
import { escapeAttr, escapeText } from './xml';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
/** EMU per point and per pixel (96 dpi). */
const EMU_PER_PT = 12700;
const EMU_PER_PX = 9525;
/** Chart size in points, as the Excel host sizes it (src/excel/chart.ts). */
const CHART_WIDTH_PT = 520;
const DEFAULT_ROW_PT = 15.75;

/** A cell range in A1 notation as zero-based first/last row and column. */
interface CellRange {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Parses `A12` or `A12:C15` into its first and last rows and columns. */
function parseRange(a1: string): CellRange {
  const block = parseRangeAddress(a1);
  return { r0: block.row, c0: block.col, r1: block.row + block.rows - 1, c1: block.col + block.cols - 1 };
}

/** The values of a one-column or one-row range on the model, in order. */
function rangeValues(model: SheetModel, a1: string): Array<string | number | null> {
  const { r0, c0, r1, c1 } = parseRange(a1);
  const out: Array<string | number | null> = [];
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push(model.rows[r]?.[c]?.value ?? null);
  return out;
}

/** An absolute reference to a range on the named sheet, e.g. `'Tổng hợp'!$A$12:$A$15`. */
function absoluteRef(sheetName: string, a1: string): string {
  return sheetReference(sheetName, a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2'));
}

const points = (values: ReadonlyArray<string | number | null>, text: (v: string | number) => string): string =>
  `<c:ptCount val="${values.length}"/>` + values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${text(v)}</c:v></c:pt>`)).join('');

/**
 * The chart part: stacked horizontal bars, one series per band with its colour, categories and values referencing
 * the summary table, with cached values so readers draw it without recalculating.
 */
export function renderChartXml(model: SheetModel, chart: ChartSpec, sheetName: string): string {
  const categories = rangeValues(model, chart.categories);
  const catRef = `<c:cat><c:strRef><c:f>${escapeText(absoluteRef(sheetName, chart.categories))}</c:f><c:strCache>${points(categories, (v) => escapeText(String(v)))}</c:strCache></c:strRef></c:cat>`;
  const series = chart.series.map((s, i) => {
    const values = rangeValues(model, s.values).map((v) => (typeof v === 'number' ? v : null));
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>` +
      `<c:spPr><a:solidFill><a:srgbClr val="${escapeAttr(s.color)}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
      catRef +
      `<c:val><c:numRef><c:f>${escapeText(absoluteRef(sheetName, s.values))}</c:f><c:numCache><c:formatCode>General</c:formatCode>${points(values, String)}</c:numCache></c:numRef></c:val></c:ser>`
    );
  });
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${escapeText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const catAx =
    '<c:catAx><c:axId val="510001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="510002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx =
    '<c:valAx><c:axId val="510002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="t"/><c:majorGridlines/>' +
    '<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="510001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>';
  return (
    `${HEAD}<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series.join('')}` +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="510001"/><c:axId val="510002"/></c:barChart>${catAx}${valAx}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** Column widths in EMU (Excel's pixel rule for a 7-pixel digit: width × 7 + 5 pixels). */
function columnEmu(model: SheetModel, col: number): number {
  const width = model.columnWidths[col] ?? 8.43;
  return Math.round(width * 7 + 5) * EMU_PER_PX;
}

/** Row heights in EMU. */
function rowEmu(model: SheetModel, row: number): number {
  return Math.round((model.rowHeights[row + 1] ?? DEFAULT_ROW_PT) * EMU_PER_PT);
}

/** The cell and offset reached by moving `extent` EMU from the start of cell `start` along columns or rows. */
function walk(start: number, extent: number, size: (i: number) => number): { index: number; offset: number } {
  let index = start;
  let left = extent;
  while (left >= size(index)) left -= size(index++);
  return { index, offset: left };
}

/** The drawing part: one chart frame anchored at the spec's cell, sized like the Excel host's chart. */
export function renderDrawingXml(model: SheetModel, chart: ChartSpec, chartRelId: string): string {
  const anchor = parseRange(chart.anchor);
  const categoryCount = parseRange(chart.categories).r1 - parseRange(chart.categories).r0 + 1;
  const heightPt = Math.min(600, 160 + 28 * categoryCount);
  const to = {
    col: walk(anchor.c0, CHART_WIDTH_PT * EMU_PER_PT, (c) => columnEmu(model, c)),
    row: walk(anchor.r0, heightPt * EMU_PER_PT, (r) => rowEmu(model, r)),
  };
  const mark = (tag: string, col: number, colOff: number, row: number, rowOff: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>${colOff}</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>${rowOff}</xdr:rowOff></xdr:${tag}>`;
  return (
    `${HEAD}<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"><xdr:twoCellAnchor editAs="oneCell">` +
    mark('from', anchor.c0, 0, anchor.r0, 0) +
    mark('to', to.col.index, to.col.offset, to.row.index, to.row.offset) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeAttr(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${escapeAttr(chartRelId)}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}
