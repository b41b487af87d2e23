import ExcelJS from 'exceljs';
import { runCheck, isRunFailure } from '../../src/core';
import { FilePort } from '../../src/xlsx/file-port';
import { openWorkbook } from '../../src/xlsx';
import type { WorkbookPort } from '../../src/core/model/port';
import type { SheetData } from '../../src/core/model/model';
import type { CheckOptions } from '../../src/core/model/api';
import { DEFAULT_THRESHOLDS } from '../../src/core/model/model';
import { newWorkbook } from './fake';
import type { FakeCell } from './fake';
import { planningWorkbook, DATA_SHEET } from './fixture';
import { portOver } from './support';

/** What the CLI's file port hands the core for the same cells: plain SheetData, no Office.js in between. */
function toSheetData(name: string, cells: Array<Array<FakeCell | undefined> | undefined>): SheetData {
  return {
    name,
    rows: cells.map((row) =>
      row?.map((c) => {
        if (c === undefined) return undefined;
        const value = c.error ? { error: String(c.value) } : c.value;
        return c.numberFormat === 'General' ? { value } : { value, numFmt: c.numberFormat };
      }),
    ),
  };
}

/** An in-memory port straight over SheetData, the shape the CLI's port produces; writes are recorded, not applied. */
function sheetDataPort(sheets: SheetData[]): WorkbookPort {
  return {
    listSheets: async () => sheets.map((s) => ({ name: s.name })),
    readSheet: async (name, options) => {
      const sheet = sheets.find((s) => s.name === name)!;
      return options?.maxRows === undefined ? sheet : { name, rows: sheet.rows.slice(0, options.maxRows) };
    },
    writeOwnedSheet: async (model) => model.name,
    setFlags: async () => undefined,
    clearFlags: async () => undefined,
  };
}

const options: CheckOptions = { lang: 'vi', thresholds: DEFAULT_THRESHOLDS, numberStyle: 'vi', generatedAt: '08:00 ngày 01/07/2025' };
const write = { validation: true, summary: true, flags: true };

describe('the same fixture gives the same report through the Office.js adapter as through plain SheetData', () => {
  it('reports identically, and the adapter wrote the owned sheets', async () => {
    const fixture = planningWorkbook();
    const direct = await runCheck(sheetDataPort(fixture.map((s) => toSheetData(s.name, s.cells))), options, write);
    const book = newWorkbook(fixture);
    const viaExcel = await runCheck(portOver(book), options, write);
    if (isRunFailure(direct) || isRunFailure(viaExcel)) throw new Error('run failed');
    expect(JSON.stringify(viaExcel.report, null, 1)).toBe(JSON.stringify(direct.report, null, 1));
    expect(viaExcel.written).toEqual({ validation: 'Kiểm tra', summary: 'Tổng hợp' });
    expect(book.sheets.map((s) => s.name)).toEqual(['Danh mục chỉ tiêu', DATA_SHEET, 'Kiểm tra', 'Tổng hợp']);
    const report = viaExcel.report;
    expect(report.summary.total).toBe(8);
    expect(report.issues.map((i) => i.rule)).toEqual(expect.arrayContaining(['unknown-indicator', 'formula-error', 'missing-indicator']));
    expect(report.indicators.find((i) => i.code === 'XH03')?.actual).toBe(90);
  });
});

/** The fixture saved as a real .xlsx file with exceljs (errors, percent formats and text kept). */
async function fixtureXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of planningWorkbook()) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (c === undefined) return;
        const cell = ws.getCell(r + 1, col + 1);
        cell.value = c.error ? ({ error: c.value } as ExcelJS.CellErrorValue) : c.value;
        if (c.numberFormat !== 'General') cell.numFmt = c.numberFormat;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the same fixture gives the same report through the add-in adapter as through the CLI', () => {
  it('Office.js port over the in-memory workbook and the CLI file port over the saved .xlsx agree', async () => {
    const viaCli = await runCheck(new FilePort(openWorkbook(await fixtureXlsx())), options, write);
    const viaExcel = await runCheck(portOver(newWorkbook(planningWorkbook())), options, write);
    if (isRunFailure(viaCli) || isRunFailure(viaExcel)) throw new Error('run failed');
    expect(JSON.stringify(viaExcel.report, null, 1)).toBe(JSON.stringify(viaCli.report, null, 1));
  });
});
