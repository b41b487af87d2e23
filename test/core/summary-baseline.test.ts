import { isRunFailure } from '../../src/core';
import type { CheckOutcome } from '../../src/core/model/api';
import type { ModelCell } from '../../src/core/model/sheet-model';
import type { TestCell } from './harness';
import { checkSheets, sheet } from './harness';

const CATALOGUE = sheet('Danh mục chỉ tiêu', [
  ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu'],
  ['KT01', 'Thu ngân sách', 'tỷ đồng', 500],
  ['KT02', 'Vốn đầu tư', 'tỷ đồng', 1000],
  ['XH01', 'Số lao động được tạo việc làm', 'người', 1000],
]);

/** Runs one data sheet against the catalogue above. */
async function run(rows: TestCell[][], lang: 'vi' | 'en' = 'vi'): Promise<CheckOutcome> {
  const outcome = await checkSheets([CATALOGUE, sheet('Báo cáo', rows)], { lang });
  if (isRunFailure(outcome)) throw new Error(outcome.message);
  return outcome;
}

const texts = (outcome: CheckOutcome): string[] => outcome.summarySheet.rows.flatMap((r) => r.map((c: ModelCell | undefined) => (typeof c?.value === 'string' ? c.value : '')));
const rowOf = (outcome: CheckOutcome, text: string) => outcome.summarySheet.rows.find((r) => r.some((c) => c?.value === text));

describe('the summary with baselines and overrides (SPEC §5.1, §5.2)', () => {
  const header = ['Mã', 'Chỉ tiêu', 'Cùng kỳ', 'Thực hiện', 'Đánh giá điều chỉnh', 'Lý do'];

  it('adds "So với cùng kỳ (%)" to the lists and a full table when a baseline exists, rates as percent numbers', async () => {
    const outcome = await run([header, ['KT01', 'Thu ngân sách', 400, 200], ['KT02', 'Vốn đầu tư', 800, 900], ['XH01', 'Số lao động', 1000, 1200]]);
    const all = texts(outcome);
    expect(all.filter((t) => t === 'So với cùng kỳ (%)')).toHaveLength(3);
    expect(all).toContain('4. Kết quả thực hiện từng chỉ tiêu');
    const low = rowOf(outcome, 'Thu ngân sách');
    expect(low?.[6]).toEqual({ value: 0.4, style: 'percent' });
    expect(low?.[7]).toEqual({ value: 0.5, style: 'percent' });
    expect(outcome.summarySheet.columnWidths).toHaveLength(10);
  });

  it('has no baseline column and no full table when no indicator has a baseline', async () => {
    const outcome = await run([['Mã', 'Chỉ tiêu', 'Thực hiện'], ['KT01', 'Thu ngân sách', 200]]);
    const all = texts(outcome);
    expect(all).not.toContain('So với cùng kỳ (%)');
    expect(all.some((t) => t.includes('từng chỉ tiêu'))).toBe(false);
  });

  it('lists overridden indicators with both bands and the reason, marks them in the lagging lists, and counts them in the narrative', async () => {
    const outcome = await run([
      header,
      ['KT01', 'Thu ngân sách', 400, 200, 'Đạt dưới 50%', 'Số thu dồn vào quý IV'],
      ['KT02', 'Vốn đầu tư', 800, 900, 'Đạt', 'Dự án lớn đã giải ngân đủ'],
      ['XH01', 'Số lao động', 1000, 1200],
    ]);
    const all = texts(outcome);
    expect(all).toContain('4. Điều chỉnh đánh giá');
    const kt02 = outcome.summarySheet.rows.filter((r) => r.some((c) => c?.value === 'Vốn đầu tư'));
    expect(kt02[0]?.slice(4, 7).map((c) => c?.value)).toEqual(['Đạt từ 70% đến dưới 100%', 'Đạt', 'Dự án lớn đã giải ngân đủ']);
    expect(all).toContain('Thu ngân sách (*)');
    expect(all.some((t) => t.startsWith('(*)'))).toBe(true);
    expect(outcome.narrative).toContain('Trong tổng số 3 chỉ tiêu (trong đó 2 chỉ tiêu được điều chỉnh đánh giá), có');
    const found = Object.fromEntries(outcome.report.indicators.map((i) => [i.code, i]));
    expect([found.KT02.band, found.KT02.override, found.KT02.reason]).toEqual(['high', 'met', 'Dự án lớn đã giải ngân đủ']);
    expect(found.XH01.reason).toBeNull();
  });

  it('says the same in English', async () => {
    const outcome = await run([header, ['KT01', 'Thu ngân sách', 400, 200, 'met', 'Paid in Q4']], 'en');
    expect(outcome.narrative).toContain('(of which 1 with an overridden assessment)');
    expect(texts(outcome)).toContain('4. Overridden assessments');
  });
});
