/** Writes one owned sheet: replaces the previous one of its role, then values, formats, layout, chart and marker, in as few syncs as the request budget allows. */
import type { SheetInfo, SheetModel } from '../core';
import { SHEET_FONT, SHEET_FONT_SIZE, SHEET_STYLES, columnLetter, resolveOwnedSheetName } from '../core';
import { columnWidthPoints, queueStyle, styleCallCount } from './apply-style';
import { queueChart } from './chart';
import type { ApiSupport } from './host';
import { queueOwnedMarker } from './owned-sheets';
import { temporarySheetName } from './scan';
import type { ExcelSession } from './session';
import { groupStyles } from './style-groups';
import { modelWidth, writeValues } from './write-values';

/** Longest address list handed to one getRanges call. */
const MAX_AREA_CHARS = 2_000;

/** Bytes a sheet's layout takes in a request, roughly (merges, widths, row heights, print setup, chart). */
function layoutBytes(model: SheetModel, heights: number): number {
  return 2_000 + 200 * (model.merges.length + model.columnWidths.length + heights) + (model.chart ? 5_000 : 0);
}

/** Row heights as runs of consecutive rows of one height (`"5:120"`), so a long table takes one call, not one per row. */
export function rowHeightRuns(rowHeights: Readonly<Record<string, number>>): Array<{ readonly rows: string; readonly height: number }> {
  const rows = Object.keys(rowHeights).map(Number).sort((a, b) => a - b);
  const runs: Array<{ rows: string; height: number }> = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1] + 1 && rowHeights[rows[i]] === rowHeights[rows[start]]) continue;
    if (rows.length > 0) runs.push({ rows: `${rows[start]}:${rows[i - 1]}`, height: rowHeights[rows[start]] });
    start = i;
  }
  return runs;
}

/**
 * Writes the model given the workbook's sheets and returns the name it was written under; a user's sheet of the
 * same name is never touched. The new sheet is built under a temporary name that the next run's scan removes if
 * this one is interrupted.
 */
export async function writeOwnedSheetModel(session: ExcelSession, model: SheetModel, sheets: readonly SheetInfo[]): Promise<string> {
  const worksheets = session.context.workbook.worksheets;
  const previous = sheets.find((s) => s.owned === model.role);
  const name = resolveOwnedSheetName(model.name, model.role, sheets);
  await session.reserve(2_000);
  const added = worksheets.add(temporarySheetName(model.role));
  if (previous) worksheets.getItem(previous.name).delete();
  added.name = name;
  queueOwnedMarker(added, model.role);
  await writeValues(session, added, model);
  await writeFormats(session, added, model);
  const heights = rowHeightRuns(model.rowHeights);
  await session.reserve(layoutBytes(model, heights.length));
  queueLayout(added, model, heights, session.supports);
  await session.flush();
  return name;
}

/** Queues fonts and styles grouped by style; the session syncs only when the queued addresses grow past the request budget. */
async function writeFormats(session: ExcelSession, sheet: Excel.Worksheet, model: SheetModel): Promise<void> {
  const width = modelWidth(model);
  if (width === 0) return;
  const all = sheet.getRangeByIndexes(0, 0, model.rows.length, width);
  all.format.font.name = SHEET_FONT;
  all.format.font.size = SHEET_FONT_SIZE;
  const multiArea = session.supports('1.9');
  for (const [style, addresses] of groupStyles(model)) {
    for (const group of groupAddresses(addresses, multiArea ? MAX_AREA_CHARS : 0)) {
      // Counted as if every property set carried the address list (an upper bound of what goes over the wire).
      await session.reserve((200 + group.join(',').length) * Math.max(1, styleCallCount(SHEET_STYLES[style])));
      if (multiArea) queueStyle(sheet.getRanges(group.join(',')).format, SHEET_STYLES[style]);
      else queueStyle(sheet.getRange(group[0]).format, SHEET_STYLES[style]);
    }
  }
}

/** Splits addresses into groups whose joined length stays under `maxChars` (0: one address per group). */
function groupAddresses(addresses: readonly string[], maxChars: number): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const address of addresses) {
    if (current.length > 0 && (maxChars === 0 || length + address.length + 1 > maxChars)) {
      groups.push(current);
      current = [];
      length = 0;
    }
    current.push(address);
    length += address.length + 1;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Queues merges, column widths, row heights, frozen rows, print setup (ExcelApi 1.9) and the chart. */
function queueLayout(sheet: Excel.Worksheet, model: SheetModel, heights: ReturnType<typeof rowHeightRuns>, supports: ApiSupport): void {
  for (const merge of model.merges) sheet.getRange(merge).merge(false);
  model.columnWidths.forEach((chars, c) => {
    const letter = columnLetter(c);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(chars);
  });
  for (const { rows, height } of heights) sheet.getRange(rows).format.rowHeight = height;
  if (model.freezeRows > 0) sheet.freezePanes.freezeRows(model.freezeRows);
  if (supports('1.9')) {
    sheet.pageLayout.paperSize = 'A4';
    sheet.pageLayout.orientation = model.print.landscape ? 'Landscape' : 'Portrait';
    if (model.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  if (model.chart) queueChart(sheet, model.chart);
}
