import type { ConsolidatedIndicator, ConsolidatedReport, IndicatorReport, UnitCheck } from '../../../src/core';
import { checkUnit, Consolidation, renderConsolidationSheets } from '../../../src/core';
import type { TestCell } from '../harness';
import { CATALOGUE_HEADER, DATA_HEADER, MemoryPort, OPTIONS, cat, row, sheet } from '../harness';

/** A unit's workbook: its own copy of the catalogue and a form titled with the unit's name. */
async function unit(title: string | null, catalogue: TestCell[][], data: TestCell[][], file = 'unit.xlsx'): Promise<UnitCheck> {
  const port = new MemoryPort([
    sheet('Danh mục chỉ tiêu', [CATALOGUE_HEADER, ...catalogue]),
    sheet('Biểu 01', [[title ?? 'BIỂU SỐ 01'], ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU'], [], DATA_HEADER, ...data]),
  ]);
  return checkUnit(port, file, OPTIONS);
}

/** Consolidates unit checks in order. */
function consolidate(checks: readonly UnitCheck[], expected?: readonly string[]): { report: ConsolidatedReport; outcomes: string[]; errors: boolean } {
  const c = new Consolidation({ lang: 'vi', thresholds: OPTIONS.thresholds });
  const outcomes = checks.map((u) => c.add(u));
  return { report: c.report(expected), outcomes, errors: c.hasErrors() };
}

function indicator(report: ConsolidatedReport, code: string): ConsolidatedIndicator {
  const found = report.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

const CATALOGUE = [cat('KT01', 'Thu ngân sách', 'tỷ đồng', 10), cat('XH02', 'Tỷ lệ hộ nghèo', '%', 3, 'Giảm')];

describe('consolidation of units (SPEC §10)', () => {
  it('adds additive indicators exactly after converting each unit to the catalogue unit', async () => {
    const a = await unit('UBND XÃ A', CATALOGUE, [row({ code: 'KT01', unit: 'triệu đồng', actual: 1500 }), row({ code: 'XH02', actual: 2.5 })], 'a.xlsx');
    const b = await unit('UBND XÃ B', CATALOGUE, [row({ code: 'KT01', actual: 0.1 }), row({ code: 'XH02', actual: 4 })], 'b.xlsx');
    const c = await unit('UBND XÃ C', CATALOGUE, [row({ code: 'KT01', actual: 0.2 }), row({ code: 'XH02', actual: 3.1 })], 'c.xlsx');
    const { report } = consolidate([a, b, c]);
    const money = indicator(report, 'KT01');
    expect(money).toMatchObject({ unit: 'tỷ đồng', additive: true, total: 1.8, target: 10, rate: 18, band: 'low', min: 0.1, max: 1.5, median: 0.2 });
    expect(money.values).toEqual({ 'UBND XÃ A': 1.5, 'UBND XÃ B': 0.1, 'UBND XÃ C': 0.2 });
    const poverty = indicator(report, 'XH02');
    expect(poverty).toMatchObject({ additive: false, total: null, rate: null, band: null, min: 2.5, max: 4, median: 3.1, noTotalReason: 'rate' });
  });

  it('bands the total exactly as SPEC §5: a total exactly on the warning threshold is high', async () => {
    const catalogue = [cat('KT01', 'Thu ngân sách', 'tỷ đồng', 16.6)];
    const units = await Promise.all(['A', 'B'].map((x) => unit(`UBND XÃ ${x}`, catalogue, [row({ code: 'KT01', actual: 5.81 })], `${x}.xlsx`)));
    const money = indicator(consolidate(units).report, 'KT01');
    expect(money.total).toBe(11.62);
    expect(money.band).toBe('high');
  });

  it('takes the median of an even count as the mean of the two middle values', async () => {
    const values = [4, 1, 3, 10];
    const units = await Promise.all(values.map((v, i) => unit(`UBND XÃ ${i}`, CATALOGUE, [row({ code: 'XH02', actual: v })], `${i}.xlsx`)));
    expect(indicator(consolidate(units).report, 'XH02')).toMatchObject({ min: 1, max: 10, median: 3.5 });
  });

  it('without a shared catalogue unit, converts to the first unit’s unit; a target units disagree on is dropped', async () => {
    const noUnit = (target: number) => [cat('KT01', 'Thu ngân sách', '', target)];
    const a = await unit('UBND XÃ A', noUnit(5), [row({ code: 'KT01', unit: 'tỷ đồng', actual: 2 })], 'a.xlsx');
    const b = await unit('UBND XÃ B', noUnit(7), [row({ code: 'KT01', unit: 'triệu đồng', actual: 500 })], 'b.xlsx');
    const money = indicator(consolidate([a, b]).report, 'KT01');
    expect(money).toMatchObject({ unit: 'tỷ đồng', total: 2.5, target: null, rate: null, band: 'unassessed' });
  });

  it('adds a second file of the same unit only as a duplicate-unit warning', async () => {
    const first = await unit('UBND XÃ TÂN THANH', CATALOGUE, [row({ code: 'KT01', actual: 2 })], 'tan-thanh.xlsx');
    const again = await unit('Ủy ban nhân dân xã Tân Thanh', CATALOGUE, [row({ code: 'KT01', actual: 3 })], 'tan-thanh-2.xlsx');
    const { report, outcomes } = consolidate([first, again]);
    expect(outcomes).toEqual(['added', 'duplicate']);
    expect(report.units).toHaveLength(1);
    expect(indicator(report, 'KT01').total).toBe(2);
    expect(report.duplicates).toEqual([{ name: 'UBND XÃ TÂN THANH', file: 'tan-thanh-2.xlsx', keptFile: 'tan-thanh.xlsx' }]);
    expect(report.issues.find((i) => i.rule === 'duplicate-unit')).toMatchObject({ severity: 'warning', unit: 'UBND XÃ TÂN THANH', file: 'tan-thanh-2.xlsx' });
  });

  it('lists a unit whose check cannot start as unreadable, with the reason, and still consolidates the rest', async () => {
    const good = await unit('UBND XÃ A', CATALOGUE, [row({ code: 'KT01', actual: 2 })], 'a.xlsx');
    const noCatalogue = await checkUnit(new MemoryPort([sheet('Trang 1', [['ghi chú'], ['không có bảng']])]), 'xa-b.xlsx', OPTIONS);
    expect('unreadable' in noCatalogue).toBe(true);
    const { report, errors } = consolidate([good, noCatalogue]);
    expect(errors).toBe(true);
    expect(report.units[1]).toMatchObject({ name: 'xa-b', status: 'unreadable', errors: 1 });
    expect(report.units[1].reason).toMatch(/danh mục/);
    expect(report.issues[0]).toMatchObject({ rule: 'unreadable-unit', severity: 'error', file: 'xa-b.xlsx' });
    expect(indicator(report, 'KT01').values).toEqual({ 'UBND XÃ A': 2 });
  });

  it('names a form without a title block after its file, and lists blank, missing and unmatched rows per unit', async () => {
    const u = await unit(null, CATALOGUE, [row({ code: 'KT01' }), row({ code: 'KT77', actual: 1 })], 'xa-bac-la.xlsx');
    const { report } = consolidate([u]);
    expect(report.units[0]).toMatchObject({ name: 'xa-bac-la', blank: ['KT01'], missing: ['XH02'] });
    expect(report.units[0].unmatched.map((r) => r.code)).toEqual(['KT77']);
  });

  it('says which expected units did not report, matching names without the UBND or level words', async () => {
    const a = await unit('UBND XÃ TÂN THANH', CATALOGUE, [row({ code: 'KT01', actual: 2 })], 'a.xlsx');
    const b = await unit('UBND PHƯỜNG CHI LĂNG', CATALOGUE, [row({ code: 'KT01', actual: 2 })], 'b.xlsx');
    const c = await unit('UBND XÃ MAI PHA', CATALOGUE, [row({ code: 'KT01', actual: 2 })], 'c.xlsx');
    const { report } = consolidate([a, b, c], ['Xã Tân Thanh', 'Chi Lăng', 'Xã Bắc La']);
    expect(report.missingUnits).toEqual(['Xã Bắc La']);
    expect(report.unexpectedUnits).toEqual(['UBND XÃ MAI PHA']);
    expect(report.completeness).toBe('2/3 đơn vị đã nộp; 1 đơn vị chưa nộp: Xã Bắc La.');
  });

  it('renders the three owned sheets, in Vietnamese or English, saying why a rate has no total', async () => {
    const a = await unit('UBND XÃ A', CATALOGUE, [row({ code: 'KT01', actual: 2 }), row({ code: 'XH02', actual: 9 })], 'a.xlsx');
    const { report } = consolidate([a]);
    const input = { report, thresholds: OPTIONS.thresholds, generatedAt: '01/07/2025 08:00' };
    const vi = renderConsolidationSheets({ ...input, lang: 'vi' });
    expect(vi.map((s) => [s.role, s.name])).toEqual([['consolidation', 'Tổng hợp đơn vị'], ['by-unit', 'Theo đơn vị'], ['submissions', 'Tình hình nộp báo cáo']]);
    expect(renderConsolidationSheets({ ...input, lang: 'en' }).map((s) => s.name)).toEqual(['Consolidated', 'By unit', 'Submissions']);
    const texts = vi[0].rows.flat().map((c) => String(c?.value ?? ''));
    expect(texts.some((t) => t.startsWith('Tỷ lệ: không cộng'))).toBe(true);
    const matrixRow = vi[1].rows.find((r) => r[0]?.value === 'XH02');
    expect(matrixRow?.[3]).toEqual({ value: 9, style: 'bandLow' });
  });

  it('matches a form that is its own catalogue by indicator name, since each unit numbers its rows itself', () => {
    const entry = (code: string, name: string, actual: number): IndicatorReport =>
      ({ code, name, field: null, unit: 'người', sheet: 'Biểu 01', row: 5, actual, target: null, direction: 'increase', rate: null, band: 'unassessed', override: null, flag: null }) as IndicatorReport;
    const selfChecked = (name: string, indicators: IndicatorReport[]): UnitCheck => ({
      file: `${name}.xlsx`,
      name,
      report: { indicators, issues: [], catalogue: { source: 'self', name: 'Biểu 01' } },
    });
    const a = selfChecked('UBND XÃ A', [entry('1', 'Số lao động có việc làm mới', 10), entry('2', 'Số hộ thoát nghèo', 4)]);
    const b = selfChecked('UBND XÃ B', [entry('1', 'Số hộ thoát nghèo', 6), entry('2', 'Số lao động có việc làm mới', 20)]);
    const { report } = consolidate([a, b]);
    expect(report.indicators.map((i) => [i.name, i.total])).toEqual([['Số lao động có việc làm mới', 30], ['Số hộ thoát nghèo', 10]]);
  });

  it('consolidates forms without any catalogue (each its own, SPEC §2.2): by name, the units\' plans added up as the target', async () => {
    const form = async (title: string, plan: number, actual: number) =>
      checkUnit(new MemoryPort([sheet('Biểu 01', [[title], [], DATA_HEADER, row({ name: 'Số hộ thoát nghèo', unit: 'hộ', target: plan, actual })])]), `${title}.xlsx`, OPTIONS);
    const a = await form('UBND XÃ A', 10, 8);
    const b = await form('UBND XÃ B', 12, 15);
    expect('report' in a && a.report.catalogue.source).toBe('self');
    const ind = consolidate([a, b]).report.indicators;
    expect(ind).toHaveLength(1);
    expect(ind[0]).toMatchObject({ name: 'Số hộ thoát nghèo', additive: true, total: 23, target: 22, band: 'exceeded', bands: { 'UBND XÃ A': 'high', 'UBND XÃ B': 'exceeded' } });
  });

  it('measures a total of own-plan forms against the sum of the plans, not against one unit\'s plan', async () => {
    const form = async (title: string, plan: number | string, actual: number, unit = 'hộ') =>
      checkUnit(new MemoryPort([sheet('Biểu 01', [[title], [], DATA_HEADER, row({ name: 'Số hộ thoát nghèo', unit, target: plan, actual })])]), `${title}.xlsx`, OPTIONS);
    const same = consolidate([await form('UBND XÃ A', 1000, 800), await form('UBND XÃ B', 1000, 900)]).report.indicators[0];
    expect(same).toMatchObject({ total: 1700, target: 2000, rate: 85, band: 'high' });
    const noPlan = consolidate([await form('UBND XÃ A', 1000, 800), await form('UBND XÃ B', '', 900)]).report.indicators[0];
    expect(noPlan).toMatchObject({ total: 1700, target: null, rate: null, band: 'unassessed' });
  });
});
