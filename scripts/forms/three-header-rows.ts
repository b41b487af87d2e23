/**
 * A form whose header spans three merged rows: "Năm 2023" over "Kế hoạch", "Ước thực hiện" and
 * "So sánh (%)", which itself stands over "TH/KH" and "TH/CK". No catalogue: the plan column gives targets.
 */
import type { FormFixture } from './form-fixture';
import { formWorkbook, group, ind, n } from './form-fixture';
import { DISTRICT, districtFooter } from './form-parts';
import type { FormColumn, FormRow } from './form-writer';

const COLUMNS: readonly FormColumn[] = [
  { key: 'stt', head: ['TT'], width: 5 },
  { key: 'name', head: ['Nội dung chỉ tiêu'] },
  { key: 'unit', head: ['ĐVT'], width: 11 },
  { key: 'prev', head: ['Thực hiện năm 2022'] },
  { key: 'plan', head: ['Năm 2023', 'Kế hoạch'] },
  { key: 'actual', head: ['Năm 2023', 'Ước thực hiện'] },
  { key: 'vsPlan', head: ['Năm 2023', 'So sánh (%)', 'TH/KH'], width: 10 },
  { key: 'vsPrev', head: ['Năm 2023', 'So sánh (%)', 'TH/CK'], width: 10 },
  { key: 'note', head: ['Ghi chú'], width: 16 },
];

const ROWS: readonly FormRow[] = [
  group('A', 'KINH TẾ'),
  ind(1, 'Giá trị sản xuất nông, lâm nghiệp và thủy sản', 'Tỷ đồng', { prev: n(1180), plan: n(1250), actual: n(1232), vsPlan: 98.6, vsPrev: 104.4 }),
  ind(2, 'Giá trị sản xuất công nghiệp - xây dựng', 'Tỷ đồng', { prev: 820, plan: 900, actual: 905, vsPlan: 100.6, vsPrev: 110.4 }),
  ind(3, 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'Tỷ đồng', { prev: n(2140), plan: n(2400), actual: n(2310), vsPlan: 96.3, vsPrev: 107.9 }),
  ind(4, 'Tổng thu ngân sách nhà nước trên địa bàn', 'Triệu đồng', { prev: n(98500), plan: n(105000), actual: n(101400), vsPlan: 96.6, vsPrev: 102.9 }),
  group('B', 'XÃ HỘI'),
  ind(5, 'Tỷ lệ hộ nghèo', '%', { prev: '12,4', plan: 'Dưới 10,5', actual: '11,6' }),
  ind(6, 'Số lao động được đào tạo nghề', 'Người', { prev: 720, plan: 800, actual: 452, vsPlan: 56.5, vsPrev: 62.8 }),
  ind(7, 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', { prev: '94,2', plan: 95, actual: '95,3', vsPlan: 100.3, vsPrev: 101.2 }),
];

/** The three-row header form. */
export const threeHeaderRows: FormFixture = {
  file: 'three-header-rows.xlsx',
  about:
    'SPEC §2.1: a header of three merged rows ("Năm 2023" › "So sánh (%)" › "TH/KH", "TH/CK"), capital-letter groups, no column-number row, targets from the form ("Năm 2023 Kế hoạch"), a "Dưới 10,5" ceiling.',
  exit: 0,
  build: () =>
    formWorkbook([
      [
        'Biểu 02',
        {
          issuer: DISTRICT,
          titles: ['Biểu số 02', 'ƯỚC THỰC HIỆN MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023'],
          columns: COLUMNS,
          rows: ROWS,
          footer: districtFooter([]),
        },
      ],
    ]),
};
