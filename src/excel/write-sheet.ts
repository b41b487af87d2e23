/** Writes one owned sheet: replaces the previous one of its role, then values, formats, layout, chart and marker. */
import type { SheetModel } from '../core/render/sheet-model';
import { SHEET_FONT, SHEET_FONT_SIZE, SHEET_STYLES } from '../core/render/sheet-model';
import { resolveOwnedSheetName } from '../core/render/owned-name';
import { columnLetters } from './a1';
import { columnWidthPoints, queueStyle } from './apply-style';
import { queueChart } from './chart';
import type { ApiSupport } from './host';
import { REQUEST_BUDGET_BYTES } from './host';
import { listSheetsWithRoles, queueOwnedMarker } from './owned-sheets';
import { groupStyles } from './style-groups';
import { modelWidth, writeValues } from './write-values';

/** Longest address list handed to one getRanges call. */
const MAX_AREA_CHARS = 2_000;

/** Writes the model and returns the sheet name it was written under; a user's sheet of the same name is never touched. */
export async function writeOwnedSheetModel(context: Excel.RequestContext, model: SheetModel, supports: ApiSupport): Promise<string> {
  const sheets = await listSheetsWithRoles(context);
  const previous = sheets.find((s) => s.owned === model.role);
  const name = resolveOwnedSheetName(model.name, model.role, sheets);
  const added = context.workbook.worksheets.add(`~ChiTieu ${model.role}~`);
  if (previous) context.workbook.worksheets.getItem(previous.name).delete();
  added.name = name;
  queueOwnedMarker(added, model.role);
  await context.sync();
  await writeValues(context, added, model, supports);
  await writeFormats(context, added, model, supports);
  queueLayout(added, model, supports);
  await context.sync();
  return name;
}

/** Queues fonts and styles grouped by style, syncing only when the queued addresses grow past the request budget. */
async function writeFormats(context: Excel.RequestContext, sheet: Excel.Worksheet, model: SheetModel, supports: ApiSupport): Promise<void> {
  const width = modelWidth(model);
  if (width === 0) return;
  const all = sheet.getRangeByIndexes(0, 0, model.rows.length, width);
  all.format.font.name = SHEET_FONT;
  all.format.font.size = SHEET_FONT_SIZE;
  const multiArea = supports('1.9');
  let queued = 0;
  for (const [style, addresses] of groupStyles(model)) {
    for (const group of groupAddresses(addresses, multiArea ? MAX_AREA_CHARS : 0)) {
      if (multiArea) queueStyle(sheet.getRanges(group.join(',')).format, SHEET_STYLES[style]);
      else queueStyle(sheet.getRange(group[0]).format, SHEET_STYLES[style]);
      queued += 1_000 + group.join(',').length;
      if (queued > REQUEST_BUDGET_BYTES) {
        await context.sync();
        queued = 0;
      }
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
function queueLayout(sheet: Excel.Worksheet, model: SheetModel, supports: ApiSupport): void {
  for (const merge of model.merges) sheet.getRange(merge).merge(false);
  model.columnWidths.forEach((chars, c) => {
    const letter = columnLetters(c);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(chars);
  });
  for (const [row, height] of Object.entries(model.rowHeights)) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  if (model.freezeRows > 0) sheet.freezePanes.freezeRows(model.freezeRows);
  if (supports('1.9')) {
    sheet.pageLayout.paperSize = 'A4';
    sheet.pageLayout.orientation = model.print.landscape ? 'Landscape' : 'Portrait';
    if (model.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  if (model.chart) queueChart(sheet, model.chart);
}
