/** Queues a SheetModel's values in row chunks (one values block and one number-format block each) within the request budget. */
import type { ModelCell, SheetModel } from '../core';
import { SHEET_STYLES, columnLetter, sheetReference } from '../core';
import { MAX_WRITE_ROWS, REQUEST_BUDGET_BYTES } from './host';
import { jsonBytes, sliceByBudget } from './payload';
import type { ExcelSession } from './session';

/** Number format that makes Excel keep a cell's text as typed, so user text starting with "=" never becomes a formula. */
export const TEXT_FORMAT = '@';

/** Width of the model in columns. */
export function modelWidth(model: SheetModel): number {
  return model.rows.reduce((max, row) => Math.max(max, row.length), 0);
}

/** The value Office.js should write for a model cell. */
function cellValue(cell: ModelCell | undefined): string | number {
  return cell?.value ?? '';
}

/** The number format for a model cell: text as text, numbers in their style's format. */
function cellFormat(cell: ModelCell | undefined): string {
  if (cell === undefined || cell.value === null) return 'General';
  if (typeof cell.value === 'string') return TEXT_FORMAT;
  return (cell.style && SHEET_STYLES[cell.style].numFmt) || 'General';
}

/** Queues the model's values, formats-as-text and hyperlinks chunk by chunk; the session syncs when a chunk would overflow a request. */
export async function writeValues(session: ExcelSession, sheet: Excel.Worksheet, model: SheetModel): Promise<void> {
  const width = modelWidth(model);
  if (width === 0 || model.rows.length === 0) return;
  const links = session.supports('1.7');
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const sizes: number[] = [];
  for (const row of model.rows) {
    const v: (string | number)[] = [];
    const f: string[] = [];
    let linkBytes = 0;
    for (let c = 0; c < width; c++) {
      v.push(cellValue(row[c]));
      f.push(cellFormat(row[c]));
      const link = row[c]?.link;
      if (links && link) linkBytes += 200 + jsonBytes(link);
    }
    values.push(v);
    formats.push(f);
    sizes.push(jsonBytes(v) + jsonBytes(f) + linkBytes + 100);
  }
  for (const [start, end] of sliceByBudget(sizes, REQUEST_BUDGET_BYTES, MAX_WRITE_ROWS)) {
    await session.reserve(sizes.slice(start, end).reduce((sum, size) => sum + size, 0));
    const range = sheet.getRangeByIndexes(start, 0, end - start, width);
    range.numberFormat = formats.slice(start, end);
    range.values = values.slice(start, end);
    if (links) queueLinks(sheet, model, start, end);
  }
}

/** Queues the internal hyperlinks (ExcelApi 1.7) of rows [start, end). */
function queueLinks(sheet: Excel.Worksheet, model: SheetModel, start: number, end: number): void {
  for (let r = start; r < end; r++) {
    const row = model.rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell?.link) continue;
      sheet.getRange(`${columnLetter(c)}${r + 1}`).hyperlink = {
        documentReference: sheetReference(cell.link.sheet, cell.link.cell),
        textToDisplay: String(cell.value ?? cell.link.cell),
        screenTip: `${cell.link.sheet}!${cell.link.cell}`,
      };
    }
  }
}
