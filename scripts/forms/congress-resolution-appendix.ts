/**
 * A congress resolution's mid-term appendix ("Phụ lục: Kết quả thực hiện các chỉ tiêu Nghị quyết") with
 * a catalogue sheet: rows have no code and are matched by name (a leading STT, a bracketed note and an
 * abbreviation "NSNN" among them), with the party's footer ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nơi nhận:").
 */
import { addCatalogueSheet } from '../fixture-sheets';
import type { CatalogueEntry } from '../fixture-layout';
import type { FormFixture } from './form-fixture';
import { formWorkbook, group, ind } from './form-fixture';
import type { FormColumn, FormRow } from './form-writer';

const COLUMNS: readonly FormColumn[] = [
  { key: 'stt', head: ['STT'], width: 6 },
  { key: 'name', head: ['Chỉ tiêu'] },
  { key: 'unit', head: ['ĐVT'], width: 11 },
  { key: 'target', head: ['Mục tiêu Nghị quyết đến năm 2025'], width: 16 },
  { key: 'actual', head: ['Thực hiện giữa nhiệm kỳ (2020 - 2023)'], width: 16 },
  { key: 'assess', head: ['Đánh giá'], width: 12 },
  { key: 'note', head: ['Ghi chú'], width: 20 },
];

const e = (code: string, name: string, field: string, unit: string, direction: string, target: CatalogueEntry['target']): CatalogueEntry => ({ code, name, field, unit, direction, target, agency: 'UBND huyện' });

const CATALOGUE: readonly CatalogueEntry[] = [
  e('NQ01', 'Tốc độ tăng trưởng kinh tế bình quân hằng năm', 'Kinh tế', '%', 'Tăng', '≥ 7,5'),
  e('NQ02', 'Thu nhập bình quân đầu người đến năm 2025', 'Kinh tế', 'Triệu đồng', 'Tăng', 60),
  e('NQ03', 'Tổng thu ngân sách nhà nước trên địa bàn đến năm 2025', 'Kinh tế', 'Tỷ đồng', 'Tăng', 150),
  e('NQ04', 'Số xã đạt chuẩn nông thôn mới', 'Kinh tế', 'Xã', 'Tăng', 12),
  e('NQ05', 'Tỷ lệ hộ nghèo giảm bình quân hằng năm', 'Văn hóa - Xã hội', '%', 'Tăng', '2 - 3'),
  e('NQ06', 'Tỷ lệ dân số tham gia bảo hiểm y tế', 'Văn hóa - Xã hội', '%', 'Tăng', '≥ 95'),
  e('NQ07', 'Tỷ lệ trường học đạt chuẩn quốc gia', 'Văn hóa - Xã hội', '%', 'Tăng', 75),
  e('NQ08', 'Tỷ lệ che phủ rừng', 'Môi trường', '%', 'Tăng', 65),
  e('NQ09', 'Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý', 'Môi trường', '%', 'Tăng', 90),
  e('NQ10', 'Hoàn thành xây dựng huyện nông thôn mới', 'Kinh tế', '', '', 'Hoàn thành'),
];

const ROWS: readonly FormRow[] = [
  group('I', 'VỀ KINH TẾ'),
  ind(1, 'Tốc độ tăng trưởng kinh tế bình quân hằng năm (GRDP)', '%', { target: '≥ 7,5', actual: '6,8', assess: 'Chưa đạt' }),
  ind(2, '2. Thu nhập bình quân đầu người đến năm 2025', 'Triệu đồng', { target: 60, actual: '48,5', assess: 'Chưa đạt' }),
  ind(3, 'Tổng thu NSNN trên địa bàn đến năm 2025', 'Tỷ đồng', { target: 150, actual: 128, assess: 'Chưa đạt', note: 'Năm 2022' }),
  ind(4, 'Số xã đạt chuẩn nông thôn mới', 'Xã', { target: 12, actual: 10, assess: 'Chưa đạt', note: 'Lũy kế' }),
  ind(5, 'Hoàn thành xây dựng huyện nông thôn mới', '', { target: 'Hoàn thành', actual: 'Chưa hoàn thành', assess: 'Chưa đạt' }),
  group('II', 'VỀ VĂN HÓA - XÃ HỘI'),
  ind(6, 'Tỷ lệ hộ nghèo giảm bình quân hằng năm', '%', { target: '2 - 3', actual: '2,6', assess: 'Đạt' }),
  ind(7, 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', { target: '≥ 95', actual: '96,2', assess: 'Vượt' }),
  ind(8, 'Tỷ lệ trường học đạt chuẩn quốc gia', '%', { target: 75, actual: 68, assess: 'Đạt' }),
  group('III', 'VỀ MÔI TRƯỜNG'),
  ind(9, 'Tỷ lệ che phủ rừng', '%', { target: 65, actual: '63,4', assess: 'Chưa đạt' }),
];

/** The mid-term appendix of the district party congress resolution, with its catalogue. */
export const congressResolutionAppendix: FormFixture = {
  file: 'congress-resolution-appendix.xlsx',
  about:
    'SPEC §2.3: mid-term appendix without codes matched by name to the catalogue sheet (leading STT, bracketed "(GRDP)", "hàng"/"hằng"); "Tổng thu NSNN…" matches "Tổng thu ngân sách nhà nước…" with name-mismatch; "Đạt" at 90,7 % (assessment-mismatch); NQ09 has no row (missing-indicator); party footer.',
  exit: 0,
  build: () => {
    const wb = formWorkbook([
      [
        'Phụ lục',
        {
          issuer: ['ĐẢNG BỘ TỈNH LẠNG SƠN', 'HUYỆN ỦY VĂN LÃNG'],
          motto: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
          titles: [
            'Phụ lục',
            'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XX, NHIỆM KỲ 2020 - 2025',
            '(Kèm theo Báo cáo sơ kết giữa nhiệm kỳ số 215-BC/HU ngày 20/6/2023 của Ban Chấp hành Đảng bộ huyện)',
          ],
          columns: COLUMNS,
          numbers: ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
          rows: ROWS,
          footer: {
            placeDate: 'Văn Lãng, ngày 20 tháng 6 năm 2023',
            signers: [
              { title: ['Nơi nhận:', '- Ban Thường vụ Tỉnh ủy,', '- Lưu Văn phòng Huyện ủy.'], name: '', at: 'name' },
              { title: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'], name: 'Nguyễn Văn Hùng', at: 'actual' },
            ],
          },
        },
      ],
    ]);
    addCatalogueSheet(wb, CATALOGUE, 'Danh mục chỉ tiêu', { titles: ['DANH MỤC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XX'] });
    return wb;
  },
};
