/**
 * Acceptance checks of SPEC §10 through `chitieu consolidate`: unit names from the title block, totals
 * after unit conversion, no total for rates and per-capita values, duplicate and unreadable units.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ConsolidatedReport } from '../../src/core';
import { writeBook } from './build-book';
import type { ConsolidateRun } from '../cli/run-consolidate';
import { runConsolidate } from '../cli/run-consolidate';

const CATALOGUE = {
  name: 'Danh mục chỉ tiêu',
  rows: [
    ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Lĩnh vực', 'Đơn vị tính', 'Mục tiêu'],
    ['KT01', 'Thu ngân sách', 'Kinh tế', 'tỷ đồng', 10],
    ['XH01', 'Tỷ lệ hộ nghèo', 'Xã hội', '%', '≤ 5'],
    ['XH02', 'Thu nhập bình quân', 'Xã hội', 'triệu đồng/người/năm', 60],
  ],
};

/** One unit's form: a title block naming the unit, then its three actuals (money in the given unit). */
function unitForm(title: string, money: number, moneyUnit: string, poor: number, income: number) {
  return {
    name: 'Biểu',
    rows: [
      [title],
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU'],
      [],
      ['STT', 'Mã', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
      [1, 'KT01', 'Thu ngân sách', moneyUnit, money],
      [2, 'XH01', 'Tỷ lệ hộ nghèo', '%', poor],
      [3, 'XH02', 'Thu nhập bình quân', 'triệu đồng/người/năm', income],
    ],
  };
}

let run: ConsolidateRun;
let report: ConsolidatedReport;

beforeAll(async () => {
  const a = await writeBook([unitForm('UBND XÃ TÂN THANH', 4, 'tỷ đồng', 3, 50), CATALOGUE], 'tan-thanh.xlsx');
  const b = await writeBook([unitForm('UBND XÃ HOÀNG VIỆT', 3500, 'triệu đồng', 6, 70), CATALOGUE], 'hoang-viet.xlsx');
  const again = await writeBook([unitForm('UBND XÃ TÂN THANH', 1, 'tỷ đồng', 1, 1), CATALOGUE], 'tan-thanh-2.xlsx');
  const broken = join(dirname(a), 'hong.xlsx');
  writeFileSync(broken, 'not a zip');
  run = await runConsolidate([a, b, again, broken]);
  report = run.report as ConsolidatedReport;
});

function indicator(code: string) {
  const found = report.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

describe('SPEC §10 through chitieu consolidate', () => {
  test('units are named from the title block, with file, errors and warnings', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.units.map((u) => [u.name, u.file])).toEqual([
      ['UBND XÃ TÂN THANH', 'tan-thanh.xlsx'],
      ['UBND XÃ HOÀNG VIỆT', 'hoang-viet.xlsx'],
      ['hong', 'hong.xlsx'],
    ]);
    for (const unit of report.units) expect(typeof unit.errors === 'number' && typeof unit.warnings === 'number').toBe(true);
  });

  test('money is converted (triệu đồng → tỷ đồng) before adding, and the total is banded', () => {
    expect(indicator('KT01')).toMatchObject({
      additive: true,
      total: 7.5,
      target: 10,
      rate: 75,
      band: 'high',
      values: { 'UBND XÃ TÂN THANH': 4, 'UBND XÃ HOÀNG VIỆT': 3.5 },
    });
  });

  test.each([
    ['a rate (%)', 'XH01', 3, 6, 4.5],
    ['a per-capita value', 'XH02', 50, 70, 60],
  ])('%s is never summed: total, rate, band null; min, max, median given', (_label, code, min, max, median) => {
    expect(indicator(code)).toMatchObject({ additive: false, total: null, rate: null, band: null, min, max, median });
  });

  test('a second file of the same unit is a duplicate-unit warning and not added', () => {
    expect(report.issues).toContainEqual(expect.objectContaining({ rule: 'duplicate-unit', severity: 'warning' }));
    expect(Object.keys(indicator('KT01').values)).toHaveLength(2);
  });

  test('an unreadable file is an unreadable-unit error, the rest consolidated, exit 1', () => {
    expect(report.issues).toContainEqual(expect.objectContaining({ rule: 'unreadable-unit', severity: 'error' }));
    expect(run.code).toBe(1);
  });

  test('writes the owned sheets of §10', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(run.out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp đơn vị', 'Theo đơn vị', 'Tình hình nộp báo cáo']);
  });
});
