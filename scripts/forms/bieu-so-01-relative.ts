/**
 * "Biểu số 01" as districts submit it, with no catalogue: the plan column gives the targets, two of them
 * relative ("tăng 10%" investment from 1.850 tỷ, "giảm 2%" poverty from 12,4 %), the previous year's actual
 * column is the baseline, and one stated "TH 2023/TH 2022" figure is wrong.
 */
import type { Cell } from '../fixture-xlsx';
import type { FormFixture } from './form-fixture';
import { formWorkbook, group, ind, part } from './form-fixture';
import { ANNUAL_COLUMNS, ANNUAL_NUMBERS, DISTRICT, districtFooter } from './form-parts';
import type { FormRow } from './form-writer';

/** A whole number shown with thousands separators, as offices format their figures. */
const n = (value: number): Cell => ({ $: value, numFmt: '#,##0' });

const ROWS: readonly FormRow[] = [
  group('I', 'KINH TẾ'),
  ind(1, 'Tổng vốn đầu tư toàn xã hội trên địa bàn', 'Tỷ đồng', { prev: n(1850), plan: 'tăng 10%', actual: n(1900), vsPlan: '93,4', vsPrev: '102,7' }),
  ind(2, 'Tổng thu ngân sách nhà nước trên địa bàn', 'Triệu đồng', { prev: n(98500), plan: n(105000), actual: n(112300), vsPlan: 107, vsPrev: 114 }),
  part('Trong đó: Thu nội địa', 'Triệu đồng', { prev: n(76200), actual: n(87600) }),
  ind(3, 'Thu nhập bình quân đầu người', 'Triệu đồng/người/năm', { prev: '38,5', plan: 42, actual: '41,2', vsPlan: '98,1', vsPrev: 107 }),
  part('- Khu vực thành thị', 'Triệu đồng/người/năm', { actual: '58,3' }),
  part('- Khu vực nông thôn', 'Triệu đồng/người/năm', { actual: '36,9' }),
  group('II', 'VĂN HÓA - XÃ HỘI'),
  ind(4, 'Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)', '%', { prev: '12,4', plan: 'giảm 2%', actual: '11,6', vsPrev: '93,5' }),
  ind(5, 'Số xã đạt chuẩn nông thôn mới (lũy kế)', 'Xã', { prev: 7, plan: 9, actual: 8, vsPlan: '88,9', vsPrev: '114,3' }),
  ind(6, 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', { prev: '94,2', plan: 95, actual: 95, vsPlan: 100, vsPrev: '100,8' }),
  // 560 / 1.150 is 48,7 %: the stated 52,7 is a slip the check must catch.
  ind(7, 'Số lao động được giải quyết việc làm mới', 'Người', { prev: n(1150), plan: n(1200), actual: 560, vsPlan: '46,7', vsPrev: '52,7' }),
  group('III', 'MÔI TRƯỜNG'),
  ind(8, 'Tỷ lệ che phủ rừng', '%', { prev: '60,8', plan: '61,5', actual: '61,2', vsPlan: '99,5', vsPrev: '100,7' }),
  ind(9, 'Tỷ lệ thu gom rác thải rắn sinh hoạt', '%', { prev: 70, plan: 85, actual: 52, vsPlan: '61,2', vsPrev: '74,3' }),
];

/** The Biểu số 01 with relative targets, its own catalogue. */
export const bieuSo01Relative: FormFixture = {
  file: 'bieu-so-01-relative.xlsx',
  about:
    'SPEC §2.1, §2.2, §4.1, §5.1: "Biểu số 01" without a catalogue; "tăng 10%" (1.850 → 1.900: T 2.035, 93,4 %, high) and "giảm 2%" (12,4 → 11,6: T 10,4, 40 %, low) measured from "Thực hiện năm 2022"; a wrong "TH 2023/TH 2022" figure raises rate-mismatch.',
  exit: 0,
  build: () =>
    formWorkbook([
      [
        'Biểu số 01',
        {
          issuer: DISTRICT,
          titles: [
            'Biểu số 01',
            'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2023',
            '(Kèm theo Báo cáo số 298/BC-UBND ngày 15/12/2023 của UBND huyện Văn Lãng)',
          ],
          columns: ANNUAL_COLUMNS,
          numbers: ANNUAL_NUMBERS,
          rows: ROWS,
          footer: districtFooter([]),
        },
      ],
    ]),
};
