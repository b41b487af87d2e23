/**
 * A commune's annual report without a previous-year column: its "tăng 10%" target has nothing to be
 * measured from (missing-baseline) and "tăng 500 triệu" is no target form at all (an error on that cell).
 */
import type { FormFixture } from './form-fixture';
import { formWorkbook, group, ind } from './form-fixture';
import type { FormColumn, FormRow } from './form-writer';

const COLUMNS: readonly FormColumn[] = [
  { key: 'stt', head: ['TT'], width: 5 },
  { key: 'name', head: ['Nội dung chỉ tiêu'] },
  { key: 'unit', head: ['ĐVT'], width: 12 },
  { key: 'plan', head: ['Kế hoạch năm 2024'] },
  { key: 'actual', head: ['Thực hiện năm 2024'] },
  { key: 'note', head: ['Ghi chú'], width: 18 },
];

const ROWS: readonly FormRow[] = [
  group('I', 'Kinh tế'),
  ind(1, 'Tổng thu ngân sách xã', 'Triệu đồng', { plan: 'tăng 10%', actual: 5420 }),
  ind(2, 'Thu nhập bình quân đầu người', 'Triệu đồng', { plan: 'tăng 500 triệu', actual: 48 }),
  ind(3, 'Sản lượng lương thực', 'Tấn', { plan: 4200, actual: 4350 }),
  group('II', 'Xã hội'),
  ind(4, 'Tỷ lệ hộ nghèo', '%', { plan: '≤ 4,5', actual: '4,1' }),
];

/** The commune report whose relative targets cannot be measured. */
export const communeNoBaseline: FormFixture = {
  file: 'commune-no-baseline.xlsx',
  about:
    'SPEC §4.1: a commune form with no previous-year column: "tăng 10%" is unassessed with missing-baseline (error); "tăng 500 triệu" is read by no target form and is an error on its cell; exit 1.',
  exit: 1,
  build: () =>
    formWorkbook([
      [
        'Báo cáo xã',
        {
          issuer: ['ỦY BAN NHÂN DÂN', 'XÃ TÂN THANH'],
          titles: ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024'],
          columns: COLUMNS,
          rows: ROWS,
          footer: {
            placeDate: 'Tân Thanh, ngày 10 tháng 12 năm 2024',
            signers: [{ title: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nông Văn Hải', at: 'actual' }],
          },
        },
      ],
    ]),
};
