/**
 * Acceptance checks of SPEC §4.1, §5 and §5.1 through the CLI: relative targets with their worked
 * examples, exact thresholds, T = 0 / A = 0, overrides, and the JSON fields of each indicator.
 */
import type { Report } from '../../src/core';
import { writeBook } from './build-book';
import { runCli } from '../cli/run-cli';

const CATALOGUE = ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Lĩnh vực', 'Đơn vị tính', 'Chiều', 'Mục tiêu', 'Cơ sở'];
const DATA = ['STT', 'Mã', 'Chỉ tiêu', 'ĐVT', 'Thực hiện', 'Đánh giá điều chỉnh', 'Lý do'];

/** Catalogue rows: code, name, unit, direction, target, baseline (all in field "Kinh tế"). */
const INDICATORS: ReadonlyArray<readonly [string, string, string, string | null, string | number, string | number | null, string | number]> = [
  // code, name, unit, direction, target, baseline, actual
  ['XH01', 'Tỷ lệ hộ nghèo', '%', null, 'giảm 2%', '12,4', '11,6'],
  ['KT01', 'Vốn đầu tư', 'tỷ đồng', null, 'tăng 10%', '1.850', 1900],
  ['KT02', 'Diện tích trồng rừng', 'ha', null, '16,6', null, '11,62'],
  ['KT03', 'Số doanh nghiệp', 'doanh nghiệp', null, 'gấp 2 lần', 100, 150],
  ['KT04', 'Tỷ lệ thất nghiệp', '%', null, 'giảm 1,5 điểm phần trăm', 10, 9],
  ['KT05', 'Vốn FDI', 'tỷ đồng', null, 'tăng 10%', null, 5],
  ['KT06', 'Tỷ lệ hộ nghèo đa chiều', '%', null, 'giảm 2%', '12,4', 13],
  ['KT07', 'Thu ngân sách', 'tỷ đồng', null, 'tăng 10% so với năm 2022', 100, 110],
  ['KT08', 'Số vụ tai nạn', 'vụ', 'Giảm', 5, null, 0],
  ['KT09', 'Số vụ cháy', 'vụ', null, '≤ 7', null, 10],
  ['KT10', 'Số trường học mới', 'trường', null, 0, null, 0],
  ['KT11', 'Diện tích lúa', 'ha', null, '10 – 11', null, '10,5'],
  ['KT12', 'Số xã nông thôn mới', 'xã', null, 10, null, 3],
  ['KT13', 'Số km đường', 'km', null, 10, null, 5],
];

let report: Report;
let code: number;

beforeAll(async () => {
  const file = await writeBook([
    { name: 'Danh mục chỉ tiêu', rows: [CATALOGUE, ...INDICATORS.map(([c, n, u, d, t, b]) => [c, n, 'Kinh tế', u, d, t, b])] },
    {
      name: 'Số liệu',
      rows: [
        DATA,
        ...INDICATORS.map(([c, n, u, , , , a], i) => [i + 1, c, n, u, a, c === 'KT12' ? 'Đạt' : c === 'KT13' ? 'Đạt' : null, c === 'KT12' ? 'Do thiên tai' : null]),
      ],
    },
  ]);
  const run = await runCli(file);
  code = run.code;
  report = run.report as Report;
});

function indicator(c: string) {
  const found = report.indicators.find((i) => i.code === c);
  if (!found) throw new Error(`no indicator ${c}`);
  return found;
}

describe('SPEC §4.1, §5 through chitieu check', () => {
  test.each([
    ['poverty 12,4 "giảm 2%" actual 11,6 → T 10,4, rate 40, low', 'XH01', { target: 10.4, baseline: 12.4, rate: 40, band: 'low', direction: 'decrease', targetText: 'giảm 2%', flag: 'critical' }],
    ['investment 1.850 "tăng 10%" actual 1.900 → T 2.035, high', 'KT01', { target: 2035, baseline: 1850, rate: (100 * 1900) / 2035, band: 'high', direction: 'increase' }],
    ['11,62 of 16,6 is exactly 70 → high', 'KT02', { rate: 70, band: 'high', target: 16.6, baseline: null, baselineRate: null }],
    ['"gấp 2 lần" of 100 → T 200', 'KT03', { target: 200, rate: 75, band: 'high', baselineRate: 150 }],
    ['"giảm 1,5 điểm phần trăm" from 10 → T 8,5, share of change', 'KT04', { target: 8.5, rate: (100 * (9 - 10)) / (8.5 - 10), band: 'medium', flag: 'warning' }],
    ['relative target without baseline → unassessed', 'KT05', { band: 'unassessed', rate: null, baseline: null }],
    ['rate moved the wrong way is negative → low', 'KT06', { target: 10.4, rate: -30, band: 'low' }],
    ['actual exactly at a relative T → met', 'KT07', { target: 110, rate: 100, band: 'met', baselineRate: 110 }],
    ['decrease with A = 0 → rate null, better → exceeded', 'KT08', { rate: null, band: 'exceeded', direction: 'decrease' }],
    ['ceiling "≤ 7" with actual 10 → 100·T/A = 70 → high', 'KT09', { rate: 70, band: 'high', direction: 'decrease', target: 7 }],
    ['T = 0 and A = 0 → rate null, met', 'KT10', { rate: null, band: 'met' }],
    ['range within bounds → met, target {min,max}', 'KT11', { target: { min: 10, max: 11 }, rate: 105, band: 'met' }],
    ['override with reason → band computed, override counts', 'KT12', { band: 'low', override: 'met', reason: 'Do thiên tai', flag: null }],
    ['override without reason → computed band stands', 'KT13', { band: 'medium', override: null, flag: 'warning', rate: 50 }],
  ])('%s', (_label, c, expected) => {
    const found = indicator(c) as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(found[key]).toBeCloseTo(value, 10);
      else expect(found[key]).toEqual(value);
    }
  });

  test.each([
    ['missing-baseline', 'error', 'KT05'],
    ['override-without-reason', 'warning', 'KT13'],
  ])('rule %s (%s) on %s', (rule, severity, c) => {
    expect(report.issues).toContainEqual(expect.objectContaining({ rule, severity, code: c }));
  });

  test('errors give exit 1; rows are 1-based sheet rows; catalogue source is the sheet', () => {
    expect(code).toBe(1);
    expect(indicator('XH01').row).toBe(2);
    expect(report.catalogue).toEqual({ source: 'sheet', name: 'Danh mục chỉ tiêu' });
    expect(report.summary.bands).toEqual({ exceeded: 1, met: 4, high: 4, medium: 2, low: 2, unassessed: 1 });
  });
});
