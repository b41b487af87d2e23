/**
 * Acceptance checks of SPEC §2, §3 and §4 through the CLI: every target form of §4's table, unit
 * normalization and conversion, value forms of §3, and the 30-row limit of header search.
 */
import type { Report } from '../../src/core';
import { writeBook } from './build-book';
import { runCli } from '../cli/run-cli';

/** Catalogue target, catalogue unit, row actual, row unit (when it differs), and what the report must say. */
const CASES: ReadonlyArray<readonly [string | number, string | null, string | number, string | null, Record<string, unknown>]> = [
  ['trên 90', '%', 95, null, { target: 90, direction: 'increase', band: 'exceeded' }],
  ['từ 90 trở lên', '%', 90, null, { target: 90, band: 'met' }],
  ['tối thiểu 90', '%', 80, null, { target: 90, band: 'high' }],
  ['ít nhất 90', '%', 45, null, { rate: 50, band: 'medium' }],
  ['dưới 1,5', '%', 1.4, null, { target: 1.5, direction: 'decrease', band: 'exceeded' }],
  ['không quá 1,5', '%', 1.5, null, { direction: 'decrease', band: 'met' }],
  ['tối đa 1,5', '%', 3, null, { rate: 50, band: 'medium' }],
  ['giảm còn 1,5', '%', 2, null, { direction: 'decrease', rate: 75, band: 'high' }],
  ['từ 10 đến 11', 'ha', 12, null, { target: { min: 10, max: 11 }, band: 'exceeded' }],
  ['khoảng 4', 'ha', 4, null, { target: 4, band: 'met' }],
  ['Đạt', null, 'Đạt', null, { target: 'milestone', rate: 100, band: 'met' }],
  ['Hoàn thành', null, 'Không đạt', null, { target: 'milestone', rate: 0, band: 'low', flag: 'critical' }],
  [100, 'tỉ đồng', 50, 'tỷ đồng', { rate: 50, band: 'medium' }],
  [1000000, 'VNĐ', 500000, 'đồng', { rate: 50, band: 'medium' }],
  [1, 'km²', 50, 'ha', { actual: 0.5, rate: 50 }],
  [10, 'km', '5.000', 'm', { actual: 5, rate: 50 }],
  ['4.500', 'tấn', '5.840,25', null, { target: 4500, actual: 5840.25 }],
  [10, 'ha', '#DIV/0!', null, { band: 'unassessed', rate: null }],
  [10, 'ha', '–', null, { band: 'unassessed', actual: null }],
  [107, 'xã', '47/107', null, { actual: 47, rate: (100 * 47) / 107 }],
  [10, 'người', 5, 'ha', { band: 'unassessed', rate: null }],
];

let report: Report;

beforeAll(async () => {
  const file = await writeBook([
    { name: 'Danh mục chỉ tiêu', rows: [['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu'], ...CASES.map(([t, u], i) => [`C${i}`, `Chỉ tiêu số ${i}`, u, t])] },
    { name: 'Số liệu', rows: [['Mã', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'], ...CASES.map(([, u, a, ru], i) => [`C${i}`, `Chỉ tiêu số ${i}`, ru ?? u, a])] },
  ]);
  report = (await runCli(file)).report as Report;
});

describe('SPEC §3–§4 targets, values and units through chitieu check', () => {
  test.each(CASES.map(([t, u, a, ru, expected], i) => [`${String(t)} (${u ?? '-'}) ← ${String(a)} ${ru ?? ''}`, i, expected] as const))('%s', (_label, i, expected) => {
    const found = report.indicators.find((x) => x.code === `C${i}`) as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(found[key]).toBeCloseTo(value, 10);
      else expect(found[key]).toEqual(value);
    }
  });

  test.each([
    ['formula-error', 'error', 'C17'],
    ['empty-actual', 'warning', 'C18'],
    ['ambiguous-number', 'warning', 'C15'],
    ['unit-converted', 'info', 'C14'],
    ['unit-mismatch', 'error', 'C20'],
  ])('rule %s (%s) on %s', (rule, severity, code) => {
    expect(report.issues).toContainEqual(expect.objectContaining({ rule, severity, code }));
  });
});

describe('SPEC §2 header search', () => {
  const catalogue = { name: 'Danh mục chỉ tiêu', rows: [['Code', 'Indicator', 'Unit', 'Target'], ['KT01', 'GDP growth', '%', 8]] };
  const dataAt = (headerRow: number) => ({
    name: 'Data',
    rows: [['REPORT'], ...Array.from({ length: headerRow - 2 }, () => []), ['STT', 'Code', 'Name', 'Actual 2023', 'Actual 2024 (est.)'], [1, 'KT01', 'GDP growth', 5, 7]],
  });

  test('a header in row 30 is found; the rightmost actual column counts and the earlier period is the baseline', async () => {
    const run = await runCli(await writeBook([catalogue, dataAt(30)]), ['--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.report?.indicators[0]).toMatchObject({ row: 31, actual: 7, baseline: 5, rate: 87.5, band: 'high' });
  });

  test('a header in row 31 is not found: exit 2 with one line on stderr', async () => {
    const run = await runCli(await writeBook([catalogue, dataAt(31)]), ['--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
