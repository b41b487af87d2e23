import type { ColumnKind } from '../../../src/core/model/model';
import { matchHeader } from '../../../src/core/parse/headers';
import { earlierPeriodColumn } from '../../../src/core/table/columns';

describe('stated comparisons in headers (SPEC §5.1)', () => {
  it.each<[string, ColumnKind | undefined]>([
    ['So sánh (%) TH 2023/KH 2023', 'statedRate'],
    ['So sánh (%) TH 2023/TH 2022', 'statedBaselineRate'],
    ['So sánh TH/KH', 'statedRate'],
    ['So sánh (%) Cùng kỳ', 'statedBaselineRate'],
    ['Tỷ lệ (%) Kế hoạch', 'statedRate'],
    ['TH/KH', 'statedRate'],
    ['TH/CK', 'statedBaselineRate'],
    ['TH 2023/KH 2023', 'statedRate'],
    ['TH 2023 / TH 2022', 'statedBaselineRate'],
    ['So KH', 'statedRate'],
    ['So KH năm (%)', 'statedRate'],
    ['So với kế hoạch', 'statedRate'],
    ['% KH', 'statedRate'],
    ['So NQ', 'statedRate'],
    ['So cùng kỳ (%)', 'statedBaselineRate'],
    ['SO CÙNG KỲ (%)'.normalize('NFD'), 'statedBaselineRate'],
    ['So với năm trước', 'statedBaselineRate'],
    ['Ước TH 6 tháng so cùng kỳ (%)', 'statedBaselineRate'],
    ['Cùng kỳ', 'baseline'],
    ['Cùng kỳ năm trước', 'baseline'],
    ['Thực hiện năm trước', 'baseline'],
    ['Năm gốc 2020', 'baseline'],
    ['Thực hiện năm 2022', 'actual'],
    ['Kế hoạch năm 2023', 'target'],
    ['Chỉ tiêu/Nội dung', undefined],
    ['Số TT', 'stt'],
  ])('%j → %s', (text, kind) => {
    expect(matchHeader(text)).toBe(kind);
  });
});

describe('the baseline among period actual columns', () => {
  const cols = [
    { col: 3, text: 'Thực hiện năm 2021' },
    { col: 4, text: 'Thực hiện năm 2022' },
    { col: 6, text: 'Ước thực hiện năm 2023' },
  ];
  it.each<[number, number | undefined]>([
    [6, 4],
    [4, 3],
    [3, undefined],
  ])('for the actual column %i it is %s', (actual, expected) => {
    expect(earlierPeriodColumn(cols, actual)).toBe(expected);
  });

  it('is none when the chosen column names no year', () => {
    expect(earlierPeriodColumn([{ col: 3, text: 'Thực hiện năm 2022' }, { col: 4, text: 'Thực hiện giữa nhiệm kỳ' }], 4)).toBeUndefined();
  });
});
