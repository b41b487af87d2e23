/**
 * A district's 6-month report with the resolution's catalogue in the workbook: "Kế hoạch năm 2024",
 * "Cùng kỳ", "Ước thực hiện 6 tháng", "So cùng kỳ (%)", "So KH năm (%)". A "tăng 10%" and a "giảm 2%"
 * target are measured from the same period last year; one stated "So cùng kỳ" figure is wrong.
 */
import { addCatalogueSheet } from './catalogue-sheet';
import type { FormFixture } from './form-fixture';
import { formWorkbook, group, ind, part } from './form-fixture';
import { DISTRICT, districtFooter } from './form-parts';
import type { FormColumn, FormRow } from './form-writer';

const COLUMNS: readonly FormColumn[] = [
  { key: 'stt', head: ['STT'], width: 6 },
  { key: 'name', head: ['Chỉ tiêu'] },
  { key: 'unit', head: ['Đơn vị tính'], width: 12 },
  { key: 'plan', head: ['Kế hoạch năm 2024'] },
  { key: 'prev', head: ['Cùng kỳ'] },
  { key: 'actual', head: ['Ước thực hiện 6 tháng'] },
  { key: 'vsPrev', head: ['So cùng kỳ (%)'] },
  { key: 'vsPlan', head: ['So KH năm (%)'] },
  { key: 'note', head: ['Ghi chú'], width: 18 },
];

const ROWS: readonly FormRow[] = [
  group('I', 'KINH TẾ'),
  ind(1, 'Tổng thu ngân sách nhà nước trên địa bàn', 'Triệu đồng', { plan: 105000, prev: 48200, actual: 56700, vsPrev: '117,6', vsPlan: 54 }),
  part('Trong đó: Thu nội địa', 'Triệu đồng', { prev: 39800, actual: 45100 }),
  ind(2, 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'Tỷ đồng', { plan: 'tăng 10%', prev: 1240, actual: 1302, vsPrev: 105, vsPlan: '95,5' }),
  ind(3, 'Vốn đầu tư toàn xã hội', 'Tỷ đồng', { plan: 2400, prev: 1050, actual: 1010, vsPrev: '96,2', vsPlan: '42,1' }),
  group('II', 'VĂN HÓA - XÃ HỘI'),
  ind(4, 'Tỷ lệ hộ nghèo', '%', { plan: 'giảm 2%', prev: '12,4', actual: '11,6', vsPrev: '93,5' }),
  ind(5, 'Số lao động được giải quyết việc làm mới', 'Người', { plan: 1200, prev: 580, actual: 640, vsPrev: '120,3', vsPlan: '53,3' }),
  ind(6, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', '%', { plan: '≤ 14,5', prev: '15,2', actual: '14,9', vsPrev: 98, vsPlan: '97,3' }),
  group('III', 'MÔI TRƯỜNG'),
  ind(7, 'Tỷ lệ chất thải rắn sinh hoạt được thu gom', '%', { plan: 85, prev: 72, actual: '78,5', vsPrev: 109, vsPlan: '92,4' }),
];

/** The 6-month report with its catalogue sheet. */
export const sixMonthReport: FormFixture = {
  file: 'six-month-report.xlsx',
  about:
    'SPEC §4.1, §5.1: 6-month report with "Cùng kỳ", "Ước thực hiện 6 tháng", "So cùng kỳ (%)", "So KH năm (%)"; "tăng 10%" and "giảm 2%" measured from the same period; a wrong "So cùng kỳ" figure raises rate-mismatch.',
  exit: 0,
  build: () => {
    const wb = formWorkbook([
      [
        'Biểu 6 tháng',
        {
          issuer: DISTRICT,
          titles: ['BIỂU SỐ 02', 'ƯỚC THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2024'],
          columns: COLUMNS,
          numbers: ['A', 'B', 'C', '1', '2', '3', '4=3/2', '5=3/1', '6'],
          rows: ROWS,
          footer: districtFooter(['Ghi chú: Số liệu 6 tháng là số ước thực hiện.']),
        },
      ],
    ]);
    addCatalogueSheet(wb, 'DANH MỤC CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024', [
      { code: 'KT01', name: 'Tổng thu ngân sách nhà nước trên địa bàn', field: 'Kinh tế', unit: 'Triệu đồng', target: 105000, agency: 'Phòng Tài chính - Kế hoạch' },
      { code: 'KT02', name: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', field: 'Kinh tế', unit: 'Tỷ đồng', target: 'tăng 10%', agency: 'Phòng Kinh tế và Hạ tầng' },
      { code: 'KT03', name: 'Vốn đầu tư toàn xã hội', field: 'Kinh tế', unit: 'Tỷ đồng', target: 2400, agency: 'Phòng Tài chính - Kế hoạch' },
      { code: 'XH01', name: 'Tỷ lệ hộ nghèo', field: 'Văn hóa - Xã hội', unit: '%', target: 'giảm 2%', agency: 'Phòng Lao động - TB&XH' },
      { code: 'XH02', name: 'Số lao động được giải quyết việc làm mới', field: 'Văn hóa - Xã hội', unit: 'Người', target: 1200, agency: 'Phòng Lao động - TB&XH' },
      { code: 'XH03', name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', field: 'Văn hóa - Xã hội', unit: '%', target: '≤ 14,5', agency: 'Trung tâm Y tế huyện' },
      { code: 'MT01', name: 'Tỷ lệ chất thải rắn sinh hoạt được thu gom', field: 'Môi trường', unit: '%', target: 85, agency: 'Phòng Tài nguyên và Môi trường' },
    ]);
    return wb;
  },
};
