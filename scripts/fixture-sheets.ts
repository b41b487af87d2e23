/**
 * Adds whole sheets to a workbook: the catalogue ("Danh mục chỉ tiêu") and a half-year report sheet
 * with its title block, in the layout provincial offices use.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Workbook, Worksheet } from 'exceljs';
import { CATALOGUE_COLUMNS, DATA_COLUMNS, catalogueRow } from './fixture-layout';
import type { CatalogueEntry } from './fixture-layout';
import { writeTable } from './fixture-xlsx';
import type { Column, SheetLayout, TableRow } from './fixture-xlsx';

/** Name of the catalogue sheet. */
export const CATALOGUE_SHEET = 'Danh mục chỉ tiêu';

/** Title block of the sample catalogue. */
export const CATALOGUE_TITLES: readonly string[] = [
  'HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LÂM',
  'DANH MỤC CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ – XÃ HỘI NĂM 2025',
  '(Kèm theo Nghị quyết số 45/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh)',
];

/** Title block of the sample half-year report. */
export const REPORT_TITLES: readonly string[] = [
  'UBND TỈNH SƠN LÂM',
  'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ – XÃ HỘI 6 THÁNG ĐẦU NĂM 2025',
  '(Kèm theo Báo cáo số 152/BC-UBND ngày 05/7/2025 của UBND tỉnh)',
];

/** Options for an added sheet. */
export interface SheetOptions extends SheetLayout {
  readonly columns?: readonly Column[];
}

function pageSetup(ws: Worksheet): void {
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/** Adds a catalogue sheet listing these indicators. */
export function addCatalogueSheet(wb: Workbook, entries: readonly CatalogueEntry[], name = CATALOGUE_SHEET, options: SheetOptions = {}): Worksheet {
  const ws = wb.addWorksheet(name);
  const header = writeTable(ws, options.columns ?? CATALOGUE_COLUMNS, entries.map(catalogueRow), { titles: options.titles ?? CATALOGUE_TITLES, ...options });
  ws.views = [{ state: 'frozen', ySplit: header }];
  pageSetup(ws);
  return ws;
}

/** Adds a report (data) sheet with these rows. */
export function addReportSheet(wb: Workbook, name: string, rows: readonly TableRow[], options: SheetOptions = {}): Worksheet {
  const ws = wb.addWorksheet(name);
  const header = writeTable(ws, options.columns ?? DATA_COLUMNS, rows, { titles: options.titles ?? REPORT_TITLES, ...options });
  ws.views = [{ state: 'frozen', ySplit: header, xSplit: 3 }];
  pageSetup(ws);
  return ws;
}

/** The repository root: the nearest folder above this file holding package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}
