/** Small workbook actions outside the engine's port: show a sheet, select a cell, add the catalogue template. */
import type { RunBatch } from './host';
import { excelRunner } from './host';

/** Header row of the catalogue template sheet (SPEC §2 column names). */
export const CATALOGUE_TEMPLATE_HEADERS = ['STT', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Lĩnh vực', 'Đơn vị tính', 'Chiều đánh giá', 'Mục tiêu', 'Cơ quan chủ trì'] as const;

/** Name of the catalogue template sheet. */
export const CATALOGUE_TEMPLATE_SHEET = 'Danh mục chỉ tiêu';

/** Activates a sheet (after a run wrote it). */
export async function activateSheet(name: string, run: RunBatch = excelRunner(false)): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}

/** Activates a sheet and selects one cell on it (an issue's cell). */
export async function selectCell(sheet: string, cell: string, run: RunBatch = excelRunner(false)): Promise<void> {
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell === '' ? 'A1' : cell).select();
    await context.sync();
  });
}

/** Adds the catalogue template sheet with its header row and returns its name; an existing sheet of that name is kept and returned. */
export async function addCatalogueTemplate(run: RunBatch = excelRunner(false)): Promise<{ name: string; created: boolean }> {
  return run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(CATALOGUE_TEMPLATE_SHEET);
    await context.sync();
    if (!existing.isNullObject) {
      existing.activate();
      await context.sync();
      return { name: CATALOGUE_TEMPLATE_SHEET, created: false };
    }
    const sheet = context.workbook.worksheets.add(CATALOGUE_TEMPLATE_SHEET);
    const header = sheet.getRangeByIndexes(0, 0, 1, CATALOGUE_TEMPLATE_HEADERS.length);
    header.numberFormat = [CATALOGUE_TEMPLATE_HEADERS.map(() => '@')];
    header.values = [[...CATALOGUE_TEMPLATE_HEADERS]];
    header.format.font.bold = true;
    header.format.fill.color = '#D9E1F2';
    header.format.wrapText = true;
    sheet.freezePanes.freezeRows(1);
    sheet.getRange('B:C').format.columnWidth = 160;
    sheet.activate();
    await context.sync();
    return { name: CATALOGUE_TEMPLATE_SHEET, created: true };
  });
}
