/**
 * Writes the demonstration workbook assets/samples/chi-tieu-mau.xlsx (catalogue + half-year report
 * with deliberate slips) and the same catalogue as assets/samples/danh-muc-chi-tieu.csv.
 * Run: npx tsc -p tsconfig.cli.json && node lib/scripts/make-sample.js
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE_COLUMNS, catalogueRow } from './fixture-layout';
import { SAMPLE_CATALOGUE, SAMPLE_REPORT } from './fixture-sample-data';
import { csvBytes, toCsv } from './fixture-csv';
import { REPORT_TITLES, addCatalogueSheet, addReportSheet, repoRoot } from './fixture-sheets';
import { newWorkbook, saveWorkbook } from './fixture-xlsx';

/** Name of the sample's data sheet. */
export const SAMPLE_DATA_SHEET = 'Báo cáo 6 tháng';

/** Writes the sample workbook and catalogue CSV into a folder (default assets/samples). */
export async function makeSample(dir = join(repoRoot(), 'assets', 'samples')): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const wb = newWorkbook();
  wb.title = 'Kết quả thực hiện chỉ tiêu 6 tháng đầu năm 2025';
  addCatalogueSheet(wb, SAMPLE_CATALOGUE);
  const data = addReportSheet(wb, SAMPLE_DATA_SHEET, SAMPLE_REPORT);
  const overrides = ['"Vượt,Đạt,Đạt từ 70% đến dưới 100%,Đạt từ 50% đến dưới 70%,Đạt dưới 50%,Chưa đánh giá"'];
  const first = REPORT_TITLES.length + 2;
  for (let r = first; r < first + SAMPLE_REPORT.length; r++) {
    data.getCell(r, 9).dataValidation = { type: 'list', allowBlank: true, formulae: overrides, showErrorMessage: false };
  }
  const xlsx = join(dir, 'chi-tieu-mau.xlsx');
  await saveWorkbook(wb, xlsx);
  const csv = join(dir, 'danh-muc-chi-tieu.csv');
  writeFileSync(csv, csvBytes(toCsv(CATALOGUE_COLUMNS, SAMPLE_CATALOGUE.map(catalogueRow))));
  return [xlsx, csv];
}

if (require.main === module) {
  makeSample().then(
    (files) => console.log(files.join('\n')),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
