/**
 * A district's annual socio-economic report ("Biểu số 01") with no catalogue: the form's own
 * "Kế hoạch năm 2023" column gives the targets. Stacked "So sánh (%)" header, column-number row,
 * group rows I/II/III, breakdown rows, a note, the place-and-date line and two signature blocks.
 */
import type { FormFixture } from './form-fixture';
import { formWorkbook, group, ind, n, part } from './form-fixture';
import { ANNUAL_COLUMNS, ANNUAL_NUMBERS, DISTRICT, districtFooter } from './form-parts';
import type { FormRow } from './form-writer';

const ROWS: readonly FormRow[] = [
  group('I', 'CHỈ TIÊU KINH TẾ'),
  ind(1, 'Tổng giá trị sản xuất (giá so sánh 2010)', 'Tỷ đồng', { prev: n(2850), plan: n(3100), actual: n(3050), vsPlan: 98.4, vsPrev: 107 }),
  part('Trong đó:', ''),
  part('- Nông, lâm nghiệp và thủy sản', 'Tỷ đồng', { prev: n(1180), actual: n(1210) }),
  part('- Công nghiệp - xây dựng', 'Tỷ đồng', { prev: 820, actual: 890 }),
  part('- Dịch vụ', 'Tỷ đồng', { prev: 850, actual: 950 }),
  ind(2, 'Tổng thu ngân sách nhà nước trên địa bàn', 'Triệu đồng', { prev: n(98500), plan: n(105000), actual: n(112300), vsPlan: 107, vsPrev: 114 }),
  part('Trong đó: Thu nội địa', 'Triệu đồng', { prev: n(76200), actual: n(87600) }),
  ind(3, 'Sản lượng lương thực có hạt', 'Tấn', { prev: n(31250), plan: n(32000), actual: n(32480), vsPlan: 101.5, vsPrev: 103.9 }),
  ind(4, 'Thu nhập bình quân đầu người', 'Triệu đồng/người/năm', { prev: '38,5', plan: 42, actual: '41,2', vsPlan: 98.1, vsPrev: 107 }),
  part('- Khu vực thành thị', 'Triệu đồng/người/năm', { actual: '58,3' }),
  part('- Khu vực nông thôn', 'Triệu đồng/người/năm', { actual: '36,9' }),
  group('II', 'CHỈ TIÊU VĂN HÓA - XÃ HỘI'),
  ind(5, 'Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)', '%', { prev: '12,4', plan: '≤ 10,4', actual: '11,6' }),
  ind(6, 'Số xã đạt chuẩn nông thôn mới (lũy kế)', 'Xã', { prev: 7, plan: 9, actual: 8, vsPlan: 88.9, vsPrev: 114.3 }),
  ind(7, 'Tỷ lệ trường đạt chuẩn quốc gia', '%', { prev: '62,5', plan: 70, actual: '71,4', vsPlan: 102, vsPrev: 114.2 }),
  ind(8, 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', { prev: '94,2', plan: 95, actual: 95, vsPlan: 100, vsPrev: 100.8 }),
  ind(9, 'Số lao động được giải quyết việc làm mới', 'Người', { prev: n(1150), plan: '1.200', actual: 560, vsPlan: 46.7, vsPrev: 48.7 }),
  group('III', 'MÔI TRƯỜNG'),
  ind(10, 'Tỷ lệ che phủ rừng', '%', { prev: '60,8', plan: '61,5', actual: '61,2', vsPlan: 99.5, vsPrev: 100.7 }),
  ind(11, 'Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh', '%', { prev: 97, plan: 98, actual: '97,8', vsPlan: 99.8, vsPrev: 100.8 }),
  ind(12, 'Tỷ lệ thu gom rác thải rắn sinh hoạt', '%', { prev: 70, plan: 85, actual: 52, vsPlan: 61.2, vsPrev: 74.3 }),
];

/** The annual report, targets taken from the form itself. */
export const annualDistrictReport: FormFixture = {
  file: 'annual-district-report.xlsx',
  about:
    'SPEC §2.1, §2.2: district annual report without a catalogue (targets from "Kế hoạch năm 2023"), stacked "So sánh (%)" header, column-number row, group rows, "Trong đó" and "- …" breakdown rows, numbers typed as numbers and as text (one "1.200" read as thousands with ambiguous-number), footer with place-and-date line and signatures.',
  exit: 0,
  build: () =>
    formWorkbook([
      [
        'Biểu 01',
        {
          issuer: DISTRICT,
          titles: [
            'BIỂU SỐ 01',
            'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023',
            '(Kèm theo Báo cáo số 312/BC-UBND ngày 15/12/2023 của UBND huyện Văn Lãng)',
          ],
          columns: ANNUAL_COLUMNS,
          numbers: ANNUAL_NUMBERS,
          rows: ROWS,
          footer: districtFooter(),
        },
      ],
    ]),
};
