/**
 * A congress resolution's mid-term appendix ("Phụ lục: Kết quả thực hiện các chỉ tiêu Nghị quyết") with a
 * base-year column, self-assessment, overrides and their reasons: two overrides with a reason, one without.
 */
import { addCatalogueSheet } from './catalogue-sheet';
import type { FormFixture } from './form-fixture';
import { formWorkbook, ind } from './form-fixture';
import { districtFooter } from './form-parts';
import type { FormColumn, FormRow } from './form-writer';

const COLUMNS: readonly FormColumn[] = [
  { key: 'stt', head: ['TT'], width: 5 },
  { key: 'name', head: ['Chỉ tiêu'] },
  { key: 'unit', head: ['ĐVT'], width: 12 },
  { key: 'plan', head: ['Mục tiêu Nghị quyết đến năm 2025'] },
  { key: 'base', head: ['Năm gốc 2020'] },
  { key: 'actual', head: ['Ước thực hiện năm 2023'] },
  { key: 'self', head: ['Tự đánh giá'], width: 14 },
  { key: 'override', head: ['Đánh giá điều chỉnh'], width: 16 },
  { key: 'reason', head: ['Lý do'], width: 34 },
];

const ROWS: readonly FormRow[] = [
  ind(1, 'Tốc độ tăng trưởng GRDP bình quân', '%', { plan: '≥ 8', base: '6,9', actual: '7,4', self: 'Chưa đạt' }),
  ind(2, 'GRDP bình quân đầu người', 'Triệu đồng', { plan: 'gấp 1,5 lần', base: 42, actual: 58, self: 'Chưa đạt' }),
  ind(3, 'Tỷ lệ đô thị hóa', '%', { plan: 35, base: 28, actual: '29,5', self: 'Chưa đạt' }),
  ind(4, 'Số xã đạt chuẩn nông thôn mới nâng cao', 'Xã', {
    plan: 6, base: 0, actual: 2, self: 'Chưa đạt', override: 'Đạt từ 50% đến dưới 70%',
    reason: 'Ba xã đã được thẩm định, chờ quyết định công nhận của UBND tỉnh',
  }),
  ind(5, 'Tỷ lệ lao động qua đào tạo', '%', { plan: 70, base: 62, actual: 66, self: 'Đạt', override: 'Đạt', reason: 'Chỉ tiêu đến năm 2025; tiến độ giữa nhiệm kỳ đạt yêu cầu' }),
  ind(6, 'Tỷ lệ hộ nghèo (chuẩn đa chiều)', '%', { plan: 'giảm 3 điểm phần trăm', base: '8,2', actual: '7,4', self: 'Chưa đạt', override: 'Đạt' }),
  ind(7, 'Tỷ lệ che phủ rừng', '%', { plan: 63, base: 62, actual: '62,4', self: 'Đạt' }),
];

/** The mid-term appendix with overrides, and the resolution's catalogue. */
export const midtermOverrides: FormFixture = {
  file: 'midterm-overrides.xlsx',
  about:
    'SPEC §5, §5.2, §4.1: mid-term resolution appendix with "Năm gốc 2020", "gấp 1,5 lần" and "giảm 3 điểm phần trăm" targets, overrides with reasons (counted, reason in JSON), one without a reason (override-without-reason), a contradicting self-assessment.',
  exit: 0,
  build: () => {
    const wb = formWorkbook([
      [
        'Phụ lục',
        {
          issuer: ['ĐẢNG BỘ HUYỆN VĂN LÃNG', 'BAN CHẤP HÀNH'],
          motto: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
          titles: ['Phụ lục', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXI, NHIỆM KỲ 2020 - 2025'],
          columns: COLUMNS,
          rows: ROWS,
          footer: districtFooter([]),
        },
      ],
    ]);
    addCatalogueSheet(wb, 'CÁC CHỈ TIÊU CHỦ YẾU NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025', [
      { code: 'NQ01', name: 'Tốc độ tăng trưởng GRDP bình quân', field: 'Kinh tế', unit: '%', target: '≥ 8' },
      { code: 'NQ02', name: 'GRDP bình quân đầu người', field: 'Kinh tế', unit: 'Triệu đồng', target: 'gấp 1,5 lần' },
      { code: 'NQ03', name: 'Tỷ lệ đô thị hóa', field: 'Kinh tế', unit: '%', target: 35 },
      { code: 'NQ04', name: 'Số xã đạt chuẩn nông thôn mới nâng cao', field: 'Xã hội', unit: 'Xã', target: 6 },
      { code: 'NQ05', name: 'Tỷ lệ lao động qua đào tạo', field: 'Xã hội', unit: '%', target: 70 },
      { code: 'NQ06', name: 'Tỷ lệ hộ nghèo (chuẩn đa chiều)', field: 'Xã hội', unit: '%', target: 'giảm 3 điểm phần trăm' },
      { code: 'NQ07', name: 'Tỷ lệ che phủ rừng', field: 'Môi trường', unit: '%', target: 63 },
    ]);
    return wb;
  },
};
