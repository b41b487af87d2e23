/**
 * Writes the demonstration workbook assets/samples/chi-tieu-mau.xlsx (catalogue + half-year report
 * with deliberate slips), the same catalogue as assets/samples/danh-muc-chi-tieu.csv, and a real-shaped
 * report form without a catalogue (assets/samples/bieu-01-bao-cao-nam.xlsx).
 * Run: npx tsc -p tsconfig.cli.json && node lib/scripts/make-sample.js
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
import { CATALOGUE_COLUMNS, catalogueRow } from './fixture-layout';
import { writeFixture } from './fixture-model';
import type { Fixture } from './fixture-model';
import { SAMPLE_CATALOGUE, SAMPLE_MISSING, SAMPLE_REPORT } from './fixture-sample-data';
import { csvBytes, toCsv } from './fixture-csv';
import { REPORT_TITLES, repoRoot } from './fixture-sheets';
import { saveWorkbook } from './fixture-xlsx';
import { annualDistrictReport } from './forms/annual-district-report';

/** The sample report form: a district's annual report with no catalogue (its plan column gives the targets). */
export const FORM_SAMPLE_FILE = 'bieu-01-bao-cao-nam.xlsx';

/** Name of the sample's data sheet. */
export const SAMPLE_DATA_SHEET = 'Báo cáo 6 tháng';

const OVERRIDES = '"Vượt,Đạt,Đạt từ 70% đến dưới 100%,Đạt từ 50% đến dưới 70%,Đạt dưới 50%,Chưa đánh giá"';

function decorate(wb: Workbook): void {
  wb.title = 'Kết quả thực hiện chỉ tiêu 6 tháng đầu năm 2025';
  const data = wb.getWorksheet(SAMPLE_DATA_SHEET);
  if (!data) throw new Error('sample data sheet missing');
  const first = REPORT_TITLES.length + 2;
  for (let r = first; r < first + SAMPLE_REPORT.length; r++) {
    data.getCell(r, 9).dataValidation = { type: 'list', allowBlank: true, formulae: [OVERRIDES], showErrorMessage: false };
  }
}

/** The demonstration workbook as a fixture, with what the checker should conclude about it. */
export const SAMPLE_FIXTURE: Fixture = {
  file: 'chi-tieu-mau.xlsx',
  about:
    'Demonstration workbook: 26 indicators in five fields, every band, and one of each common slip (unknown code, duplicate, blank, #DIV/0!, "đang cập nhật", nghìn tỷ vs tỷ đồng, wrong stated rate, "Đạt" at 60 %, ambiguous "9.840", override with and without reason, a missing indicator).',
  exit: 1,
  catalogue: SAMPLE_CATALOGUE,
  sheets: [{ name: SAMPLE_DATA_SHEET, rows: SAMPLE_REPORT }],
  extraRules: ['missing-indicator'],
  extraBands: Object.fromEntries(SAMPLE_MISSING.map((code) => [code, 'unassessed'])),
  decorate,
};

/** Writes the sample workbook and catalogue CSV into a folder (default assets/samples). */
export async function makeSample(dir = join(repoRoot(), 'assets', 'samples')): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  await writeFixture(SAMPLE_FIXTURE, dir);
  const csv = join(dir, 'danh-muc-chi-tieu.csv');
  writeFileSync(csv, csvBytes(toCsv(CATALOGUE_COLUMNS, SAMPLE_CATALOGUE.map(catalogueRow))));
  const form = join(dir, FORM_SAMPLE_FILE);
  await saveWorkbook(annualDistrictReport.build(), form);
  return [join(dir, SAMPLE_FIXTURE.file), csv, form];
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
