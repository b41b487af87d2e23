/**
 * A form numbered on several levels: Roman groups, a bare "1" heading over "1.1", "1.2", lettered "a)",
 * "b)" breakdowns, and a "Trong đó:" label over "- …" parts. No catalogue.
 */
import type { FormFixture } from './form-fixture';
import { formWorkbook, group, ind, n, part } from './form-fixture';
import { DISTRICT, districtFooter } from './form-parts';
import type { FormColumn, FormRow } from './form-writer';

const COLUMNS: readonly FormColumn[] = [
  { key: 'stt', head: ['STT'], width: 6 },
  { key: 'name', head: ['Chỉ tiêu'] },
  { key: 'unit', head: ['Đơn vị tính'], width: 12 },
  { key: 'target', head: ['Kế hoạch năm 2023'] },
  { key: 'actual', head: ['Thực hiện năm 2023'] },
  { key: 'rate', head: ['Tỷ lệ % so với KH'], width: 12 },
];

const ROWS: readonly FormRow[] = [
  group('I', 'KINH TẾ'),
  { cells: { stt: '1', name: 'Sản xuất nông nghiệp' } },
  ind('1.1', 'Tổng diện tích gieo trồng cây hằng năm', 'Ha', { target: n(5200), actual: n(5310), rate: 102.1 }),
  part('Cây lúa', 'Ha', { actual: n(2950) }, 'a)'),
  part('Cây ngô', 'Ha', { actual: n(1420) }, 'b)'),
  ind('1.2', 'Sản lượng lương thực có hạt', 'Tấn', { target: n(31000), actual: n(30150), rate: 97.3 }),
  ind('2', 'Tổng thu ngân sách nhà nước trên địa bàn', 'Triệu đồng', { target: n(105000), actual: n(98700), rate: 94 }),
  part('Trong đó:', ''),
  part('- Thu nội địa', 'Triệu đồng', { actual: n(80300) }),
  part('- Thu tiền sử dụng đất', 'Triệu đồng', { actual: n(18400) }),
  group('II', 'VĂN HÓA - XÃ HỘI'),
  { cells: { stt: '3', name: 'Giáo dục' } },
  ind('3.1', 'Tỷ lệ trẻ em 5 tuổi đi mẫu giáo', '%', { target: '99,5', actual: '99,8', rate: 100.3 }),
  ind('3.2', 'Số trường đạt chuẩn quốc gia (lũy kế)', 'Trường', { target: 28, actual: 27, rate: 96.4 }),
  { cells: { stt: '4', name: 'Y tế' } },
  ind('4.1', 'Số giường bệnh trên 1 vạn dân', 'Giường', { target: 32, actual: 30, rate: 93.8 }),
  ind('4.2', 'Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế', '%', { target: 100, actual: 100, rate: 100 }),
];

/** The multi-level numbered form. */
export const nestedStt: FormFixture = {
  file: 'nested-stt.xlsx',
  about:
    'SPEC §2.1 STT: Roman groups name the field; bare "1", "3", "4" over "1.1", "3.1"… are sub-group headings, not indicators; "a)", "b)" and "- …" under "Trong đó:" are parts; "2" with values is an indicator.',
  exit: 0,
  build: () =>
    formWorkbook([
      [
        'Biểu 03',
        {
          issuer: DISTRICT,
          titles: ['BIỂU SỐ 03', 'KẾT QUẢ THỰC HIỆN CHỈ TIÊU KẾ HOẠCH NĂM 2023'],
          columns: COLUMNS,
          numbers: ['A', 'B', 'C', '1', '2', '3 = 2/1'],
          rows: ROWS,
          footer: districtFooter(['(1) Số liệu sơ bộ của Chi cục Thống kê.']),
        },
      ],
    ]),
};
