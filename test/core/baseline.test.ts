import { isRunFailure } from '../../src/core';
import type { CheckOutcome, IndicatorReport } from '../../src/core/model/api';
import type { TestCell } from './harness';
import { checkSheets, sheet } from './harness';

const CATALOGUE = sheet('Danh mục chỉ tiêu', [
  ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu'],
  ['KT01', 'Vốn đầu tư toàn xã hội', 'tỷ đồng', 'tăng 10%'],
  ['XH01', 'Tỷ lệ hộ nghèo', '%', 'giảm 2%'],
  ['XH02', 'Số lao động được tạo việc làm', 'người', 'gấp 2 lần'],
]);

/** Runs a data sheet against the catalogue above and returns the outcome. */
async function run(rows: TestCell[][], catalogue = CATALOGUE): Promise<CheckOutcome> {
  const outcome = await checkSheets([catalogue, sheet('Báo cáo', rows)]);
  if (isRunFailure(outcome)) throw new Error(outcome.message);
  return outcome;
}

const byCode = (outcome: CheckOutcome): Record<string, IndicatorReport> => Object.fromEntries(outcome.report.indicators.map((i) => [i.code, i]));

describe('relative targets measured from the baseline column', () => {
  const rows: TestCell[][] = [
    ['Mã', 'Chỉ tiêu', 'ĐVT', 'Cùng kỳ', 'Thực hiện', 'So cùng kỳ (%)'],
    ['KT01', 'Vốn đầu tư toàn xã hội', 'tỷ đồng', 1850, 1900, 102.7],
    ['XH01', 'Tỷ lệ hộ nghèo', '%', 12.4, 11.6, 95],
    ['XH02', 'Số lao động được tạo việc làm', 'người', 1000, 2500, 250],
  ];

  it('gives T, the rate and the band of SPEC §4.1, with the baseline and baselineRate', async () => {
    const found = byCode(await run(rows));
    expect(found.KT01).toMatchObject({ target: 2035, targetText: 'tăng 10%', baseline: 1850, band: 'high', direction: 'increase' });
    expect(found.KT01.rate).toBeCloseTo(93.3660933660934, 10);
    expect(found.KT01.baselineRate).toBeCloseTo(102.7027027027027, 10);
    expect(found.XH01).toMatchObject({ target: 10.4, rate: 40, baseline: 12.4, band: 'low', direction: 'decrease', flag: 'critical' });
    expect(found.XH02).toMatchObject({ target: 2000, rate: 125, baseline: 1000, baselineRate: 250, band: 'exceeded' });
  });

  it('checks the stated rate of the same period and says which comparison differs', async () => {
    const outcome = await run(rows);
    const mismatches = outcome.report.issues.filter((i) => i.rule === 'rate-mismatch');
    expect(mismatches.map((i) => [i.code, i.cell])).toEqual([['XH01', 'F3']]);
    expect(mismatches[0].message).toContain('so với cùng kỳ');
  });

  it('without a baseline the indicator is unassessed with missing-baseline, an error', async () => {
    const outcome = await run([
      ['Mã', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
      ['KT01', 'Vốn đầu tư toàn xã hội', 'tỷ đồng', 1900],
    ]);
    const found = byCode(outcome);
    expect(found.KT01).toMatchObject({ band: 'unassessed', target: null, targetText: 'tăng 10%', baseline: null, rate: null });
    const issue = outcome.report.issues.find((i) => i.rule === 'missing-baseline');
    expect(issue).toMatchObject({ severity: 'error', code: 'KT01', cell: 'D2' });
    expect(outcome.counts.error).toBeGreaterThan(0);
  });

  it('takes the baseline from the catalogue when the row has none', async () => {
    const catalogue = sheet('Danh mục chỉ tiêu', [
      ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Năm gốc', 'Mục tiêu'],
      ['KT01', 'Vốn đầu tư toàn xã hội', 'tỷ đồng', 1850, 'tăng 10%'],
    ]);
    const found = byCode(await run([['Mã', 'Chỉ tiêu', 'Thực hiện'], ['KT01', 'Vốn đầu tư', 2035]], catalogue));
    expect(found.KT01).toMatchObject({ target: 2035, rate: 100, baseline: 1850, band: 'met' });
  });
});

describe('the baseline among several period columns', () => {
  it('is the latest earlier period before the chosen actual column, with baselineRate = 100·A/B', async () => {
    const catalogue = sheet('Danh mục chỉ tiêu', [['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu'], ['KT02', 'Thu ngân sách', 'tỷ đồng', 500]]);
    const found = byCode(await run([['Mã', 'Chỉ tiêu', 'Thực hiện năm 2021', 'Thực hiện năm 2022', 'Thực hiện năm 2023'], ['KT02', 'Thu ngân sách', 300, 400, 450]], catalogue));
    expect(found.KT02).toMatchObject({ actual: 450, baseline: 400, baselineRate: 112.5, rate: 90, band: 'high' });
  });

  it('is null when the baseline is zero or absent', async () => {
    const catalogue = sheet('Danh mục chỉ tiêu', [['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Mục tiêu'], ['KT01', 'a', 10], ['KT02', 'b', 10]]);
    const found = byCode(await run([['Mã', 'Chỉ tiêu', 'Cùng kỳ', 'Thực hiện'], ['KT01', 'a', 0, 5], ['KT02', 'b', undefined, 5]], catalogue));
    expect([found.KT01.baseline, found.KT01.baselineRate, found.KT02.baseline, found.KT02.baselineRate]).toEqual([0, null, null, null]);
  });
});

describe('a row target no target form reads', () => {
  it('is an error on the target cell, never a silent band', async () => {
    const catalogue = sheet('Danh mục chỉ tiêu', [['Mã chỉ tiêu', 'Tên chỉ tiêu'], ['KT01', 'a']]);
    const outcome = await run([['Mã', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], ['KT01', 'a', 'tăng 500 tỷ', 600]], catalogue);
    expect(outcome.report.issues.map((i) => [i.rule, i.cell])).toEqual([['not-a-number', 'C2']]);
    expect(byCode(outcome).KT01.band).toBe('unassessed');
  });
});

describe('a catalogue target no target form reads', () => {
  it('is catalogue-invalid on the catalogue cell', async () => {
    const catalogue = sheet('Danh mục chỉ tiêu', [['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Mục tiêu'], ['KT01', 'a', 'tăng 500 tỷ']]);
    const outcome = await run([['Mã', 'Chỉ tiêu', 'Thực hiện'], ['KT01', 'a', 600]], catalogue);
    expect(outcome.report.issues.filter((i) => i.severity === 'error').map((i) => [i.rule, i.sheet, i.cell])).toEqual([
      ['catalogue-invalid', 'Danh mục chỉ tiêu', 'C2'],
      ['missing-target', 'Báo cáo', 'C2'],
    ]);
  });
});
