/**
 * Acceptance checks of SPEC §2.1, §2.2, §5.1, §7 and §8 through the CLI on a real-shaped form: a title
 * block, a stacked header, a column-number row, breakdown rows, a footer, and no catalogue sheet.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import type { Report } from '../../src/core';
import { writeBook } from './build-book';
import type { CliRun } from '../cli/run-cli';
import { runCli } from '../cli/run-cli';

const FORM = {
  name: 'Biểu 01',
  merges: ['G4:H4', 'A4:A5', 'B4:B5'],
  rows: [
    ['UBND XÃ TÂN THANH'],
    ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023'],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2022', 'Kế hoạch năm 2023', 'Thực hiện năm 2023', 'So sánh (%)', null, 'Ghi chú'],
    [null, null, null, null, null, null, 'TH 2023/KH 2023', 'TH 2023/TH 2022', null],
    ['A', 'B', 'C', '1', '2', '3', '4=3/2', '5=3/1', '6'],
    ['I', 'KINH TẾ', null, null, null, null, null, null, null],
    ['1', 'Thu ngân sách nhà nước', 'tỷ đồng', 100, 200, 150, 75, 150, null],
    [null, 'Trong đó: Thu nội địa', 'tỷ đồng', null, null, 160, null, null, null],
    ['-', 'Thu khác', 'tỷ đồng', null, null, 'abc', null, null, null],
    ['2', 'Tỷ lệ hộ nghèo', '%', 5, '≤ 4', 4, 90, 70, null],
    ['II', 'VĂN HÓA - XÃ HỘI', null, null, null, null, null, null, null],
    ['3', 'Số trường đạt chuẩn', 'trường', null, 10, 4, null, null, null],
    [],
    ['Ghi chú: số liệu ước thực hiện'],
    [null, null, null, null, null, 'Tân Thanh, ngày 15 tháng 12 năm 2023'],
    [null, 'NGƯỜI LẬP BIỂU', null, null, null, 'TM. ỦY BAN NHÂN DÂN'],
    [null, null, null, null, null, 'KT. CHỦ TỊCH'],
    [null, 'Nguyễn Văn A', null, null, null, 'Trần Văn B'],
  ],
};

let run: CliRun;
let report: Report;

beforeAll(async () => {
  run = await runCli(await writeBook([FORM]));
  report = run.report as Report;
});

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe('SPEC §2.1–§2.2 forms through chitieu check', () => {
  test('the form is its own catalogue: source self, code = STT, field from the group row', () => {
    expect(report.catalogue).toEqual({ source: 'self', name: 'Kế hoạch năm 2023' });
    expect(report.indicators.map((i) => [i.code, i.name, i.field, i.row])).toEqual([
      ['1', 'Thu ngân sách nhà nước', 'KINH TẾ', 8],
      ['2', 'Tỷ lệ hộ nghèo', 'KINH TẾ', 11],
      ['3', 'Số trường đạt chuẩn', 'VĂN HÓA - XÃ HỘI', 13],
    ]);
    expect(report.summary.total).toBe(3);
  });

  test('breakdown rows are not indicators: reported as parts, bad values still flagged', () => {
    expect(report.indicators[0].parts).toEqual([
      { name: 'Trong đó: Thu nội địa', row: 9, actual: 160, unit: 'tỷ đồng' },
      { name: 'Thu khác', row: 10, actual: null, unit: 'tỷ đồng' },
    ]);
    expect(report.issues).toContainEqual(expect.objectContaining({ rule: 'breakdown-exceeds-total', severity: 'warning', cell: 'F9' }));
    expect(report.issues).toContainEqual(expect.objectContaining({ rule: 'not-a-number', severity: 'error', cell: 'F10' }));
    expect(run.code).toBe(1);
  });

  test('the stacked header gives the baseline, the stated rate and the stated baseline rate', () => {
    const [budget, poverty] = report.indicators;
    expect([budget.baseline, budget.baselineRate, budget.rate, budget.band]).toEqual([100, 150, 75, 'high']);
    expect([poverty.target, poverty.direction, poverty.band, poverty.baselineRate]).toEqual([4, 'decrease', 'met', 80]);
    const mismatches = report.issues.filter((i) => i.rule === 'rate-mismatch');
    expect(mismatches.map((i) => [i.cell, i.severity])).toEqual([
      ['G11', 'warning'],
      ['H11', 'warning'],
    ]);
    expect(mismatches[0].message).not.toEqual(mismatches[1].message);
  });

  test('the column-number row, the footer and the signers produce no issue', () => {
    const rows = report.issues.map((i) => Number(i.cell.replace(/^[A-Z]+/, '')));
    expect(rows.filter((r) => r === 6 || r >= 14)).toEqual([]);
  });

  test('writes the owned sheets Kiểm tra and Tổng hợp (Validation and Summary in English)', async () => {
    expect(await sheetNames(run.out)).toEqual(['Biểu 01', 'Kiểm tra', 'Tổng hợp']);
    const english = await runCli(await writeBook([FORM]), ['--lang', 'en']);
    expect(await sheetNames(english.out)).toEqual(['Biểu 01', 'Validation', 'Summary']);
  });

  test('formula labels of the column-number row tell the stated rate, the stated baseline rate and the baseline', async () => {
    const form = await writeBook([
      {
        name: 'Biểu',
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:H1'],
        rows: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2022', 'KH năm 2023', 'Ước TH năm 2023', 'So sánh (%)', null],
          [],
          ['A', 'B', 'C', '(1)', '(2)', '(3)', '(4)=(3)/(2)', '(5)=(3)/(1)'],
          ['1', 'Giá trị sản xuất', 'tỷ đồng', 100, 200, 150, 70, 140],
          ['2', 'Tổng vốn đầu tư', 'tỷ đồng', 1850, 'tăng 10%', 1900, null, null],
        ],
      },
    ]);
    const checked = (await runCli(form)).report as Report;
    expect(checked.indicators.map((i) => [i.code, i.row, i.baseline, i.baselineRate, i.target, i.band])).toEqual([
      ['1', 4, 100, 150, 200, 'high'],
      ['2', 5, 1850, (100 * 1900) / 1850, 2035, 'high'],
    ]);
    expect(checked.issues.filter((i) => i.rule === 'rate-mismatch').map((i) => i.cell)).toEqual(['G4', 'H4']);
  });

  test('no catalogue and no target column → exit 2, one stderr line, nothing written', async () => {
    const file = await writeBook([{ name: 'S', rows: [['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'], ['1', 'Diện tích', 'ha', 3]] }]);
    const failed = await runCli(file);
    expect(failed.code).toBe(2);
    expect(failed.report).toBeNull();
    expect(existsSync(failed.out)).toBe(false);
    expect(readdirSync(dirname(file))).toEqual(['book.xlsx']);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
  });
});
