/**
 * Fixtures for targets, units and direction (SPEC §4), the rate formulas and zero edge cases (§5),
 * and the stated rate, stated assessment and override rules (§5–§6).
 */
import { FIELD, groupRow } from './fixture-layout';
import { entry, rowsFor } from './fixture-model';
import type { Fixture } from './fixture-model';
import { pct } from './fixture-xlsx';

const K = FIELD.kt;
const X = FIELD.vhxh;
const M = FIELD.mt;

const targetCatalogue = [
  entry('T01', 'Tốc độ tăng trưởng GRDP', K, '%', 'Tăng', '15,8'),
  entry('T02', 'Thu ngân sách trên địa bàn', K, 'tỷ đồng', '', '4.500', 'Sở Tài chính'),
  entry('T03', 'Số sản phẩm OCOP được công nhận mới', K, 'sản phẩm', '', 'khoảng 4', 'Sở Nông nghiệp và Phát triển nông thôn'),
  entry('T04', 'Tỷ lệ dân số tham gia bảo hiểm y tế', X, '%', '', '≥ 90', 'Bảo hiểm xã hội tỉnh'),
  entry('T05', 'Tỷ lệ trẻ em được tiêm chủng đầy đủ', X, '%', '', 'trên 90', 'Sở Y tế'),
  entry('T06', 'Tỷ lệ lao động có việc làm sau đào tạo', X, '%', '', 'từ 90 trở lên', 'Sở Lao động – Thương binh và Xã hội'),
  entry('T07', 'Tỷ lệ người cao tuổi được khám sức khỏe định kỳ', X, '%', '', 'tối thiểu 90', 'Sở Y tế'),
  entry('T08', 'Tỷ lệ hộ nghèo', X, '%', '', '≤ 1,5', 'Sở Lao động – Thương binh và Xã hội'),
  entry('T09', 'Tỷ lệ hộ cận nghèo', X, '%', '', 'dưới 1,5', 'Sở Lao động – Thương binh và Xã hội'),
  entry('T10', 'Tỷ lệ thất nghiệp khu vực thành thị', X, '%', '', 'không quá 1,5', 'Sở Lao động – Thương binh và Xã hội'),
  entry('T11', 'Tỷ lệ trẻ sơ sinh nhẹ cân', X, '%', '', 'tối đa 1,5', 'Sở Y tế'),
  entry('T12', 'Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số', X, '%', '', 'giảm còn 1,5', 'Ban Dân tộc tỉnh'),
  entry('T13', 'Tốc độ tăng giá trị sản xuất công nghiệp', K, '%', '', '10-11', 'Sở Công Thương'),
  entry('T14', 'Tốc độ tăng kim ngạch xuất khẩu', K, '%', '', '10 – 11', 'Sở Công Thương'),
  entry('T15', 'Tốc độ tăng doanh thu du lịch', K, '%', '', 'từ 10 đến 11', 'Sở Văn hóa, Thể thao và Du lịch'),
  entry('T16', 'Mật độ dân số nội thành (nghìn người/km²)', X, 'nghìn người/km²', 'Giảm', '10-11', 'Sở Xây dựng'),
  entry('T17', 'Tỷ lệ thất thoát nước sạch', M, '%', 'Giảm', 'từ 10 đến 11', 'Sở Xây dựng'),
  entry('T18', 'Hoàn thành xây dựng nông thôn mới cấp huyện', K, '', '', 'Hoàn thành', 'Sở Nông nghiệp và Phát triển nông thôn'),
  entry('T19', 'Số vụ tai nạn giao thông', X, 'vụ', 'Giảm', 20, 'Công an tỉnh'),
  entry('T20', 'Số vụ vi phạm pháp luật về môi trường', M, 'vụ', '↓', 5, 'Công an tỉnh'),
  entry('T21', 'Số doanh nghiệp khoa học công nghệ', K, 'doanh nghiệp', '↑', 50, 'Sở Khoa học và Công nghệ'),
  entry('T22', 'Số cụm công nghiệp đi vào hoạt động', K, 'cụm', '', 10, 'Sở Công Thương'),
  entry('T23', 'Số vụ cháy rừng', M, 'vụ', 'Giảm', 0, 'Chi cục Kiểm lâm'),
  entry('T24', 'Số vụ ngộ độc thực phẩm tập thể', X, 'vụ', 'Giảm', 0, 'Sở Y tế'),
  entry('T25', 'Số điểm nóng về ô nhiễm môi trường', M, 'điểm', 'Giảm', 5, 'Sở Tài nguyên và Môi trường'),
  entry('T26', 'Số nhà văn hóa thôn được xây mới', X, 'nhà', 'Tăng', '', 'Sở Văn hóa, Thể thao và Du lịch'),
  entry('T27', 'Số thiết chế văn hóa cơ sở được nâng cấp', X, 'thiết chế', 'Tăng', '', 'Sở Văn hóa, Thể thao và Du lịch'),
  entry('T28', 'Số lao động đi làm việc ở nước ngoài', X, 'lao động', 'Tăng', 100, 'Sở Lao động – Thương binh và Xã hội'),
  entry('U01', 'Tổng vốn đầu tư công giải ngân', K, 'tỷ đồng', 'Tăng', 4500, 'Sở Tài chính'),
  entry('U02', 'Diện tích trồng rừng mới', M, 'ha', 'Tăng', 9000, 'Sở Nông nghiệp và Phát triển nông thôn'),
  entry('U03', 'Diện tích đất khu công nghiệp được lấp đầy', K, 'ha', 'Tăng', 500, 'Ban Quản lý các khu công nghiệp'),
  entry('U04', 'Chiều dài đường giao thông nông thôn được cứng hóa', K, 'km', 'Tăng', 120, 'Sở Giao thông vận tải'),
  entry('U05', 'Tỷ lệ đường đô thị được chiếu sáng', K, '%', 'Tăng', 50, 'Sở Xây dựng'),
  entry('U06', 'Thu từ thuế, phí và lệ phí', K, 'tỷ đồng', 'Tăng', 1200, 'Sở Tài chính'),
  entry('U07', 'Thu nhập bình quân đầu người', K, 'triệu đồng/người/năm', 'Tăng', 95, 'Cục Thống kê tỉnh'),
  entry('U08', 'Chiều dài kè chống sạt lở bờ sông', M, 'km', 'Tăng', 12, 'Sở Nông nghiệp và Phát triển nông thôn'),
  entry('U09', 'Số phòng học được kiên cố hóa', X, 'phòng', 'Tăng', 240, 'Sở Giáo dục và Đào tạo'),
  entry('U10', 'Thu nhập bình quân của lao động nông thôn', K, 'triệu đồng/người/năm', 'Tăng', 95, 'Cục Thống kê tỉnh'),
  entry('U11', 'Giá trị sản xuất nông nghiệp', K, 'tỷ đồng', 'Tăng', 4500, 'Sở Nông nghiệp và Phát triển nông thôn'),
  entry('U12', 'Doanh thu bán lẻ hàng hóa', K, 'tỷ đồng', 'Tăng', 4500, 'Sở Công Thương'),
];

const t = rowsFor(targetCatalogue);

/** Every target form, direction source, unit family and conversion of SPEC §4 with the rates of §5. */
export const rulesTargetsUnits: Fixture = {
  file: 'rules-targets-units.xlsx',
  about:
    'SPEC §4–§5: point/floor/ceiling/range/milestone targets in all wordings, direction from column, arrow, comparator or default, rate formulas incl. ranges and T=0/A=0, row target used when the catalogue has none, missing-target, target-mismatch, unit conversion (money, area, length, suffix), unit-mismatch, magnitude.',
  exit: 1,
  catalogue: targetCatalogue,
  sheets: [
    {
      name: 'Báo cáo 6 tháng',
      rows: [
        groupRow('A', 'Mục tiêu dạng điểm, sàn, trần'),
        t('T01', 12.8, { band: 'high' }),
        t('T02', 4600, { band: 'exceeded' }),
        t('T03', 3, { band: 'high' }),
        t('T04', 90, { band: 'met' }),
        t('T05', 95, { band: 'exceeded' }),
        t('T06', 60, { band: 'medium' }),
        t('T07', 40, { band: 'low' }),
        t('T08', '1,5', { band: 'met' }),
        t('T09', '1,2', { band: 'exceeded' }),
        t('T10', 2, { band: 'high' }),
        t('T11', 3, { band: 'medium' }),
        t('T12', 4, { band: 'low' }),
        groupRow('B', 'Mục tiêu dạng khoảng và mốc'),
        t('T13', '10,5', { band: 'met' }),
        t('T14', 12, { band: 'exceeded' }),
        t('T15', 8, { band: 'high' }),
        t('T16', 9, { band: 'exceeded' }),
        t('T17', '13,75', { band: 'high' }),
        t('T18', 'Chưa hoàn thành', { band: 'low' }),
        groupRow('C', 'Chiều đánh giá, số 0, mục tiêu trên dòng'),
        t('T19', 25, { band: 'high' }),
        t('T20', 4, { band: 'exceeded' }),
        t('T21', 30, { band: 'medium' }),
        t('T22', 12, { band: 'exceeded' }),
        t('T23', 0, { band: 'met' }),
        t('T24', 2, { band: 'low' }),
        t('T25', 0, { band: 'exceeded' }),
        t('T26', 150, { band: 'high' }, { target: 200 }),
        t('T27', 35, { band: 'unassessed', rules: ['missing-target'] }, { target: null }),
        t('T28', 90, { band: 'high', rules: ['target-mismatch'] }, { target: 120 }),
        groupRow('D', 'Đơn vị tính'),
        t('U01', 3250000, { band: 'high', rules: ['unit-converted'] }, { unit: 'triệu đồng', target: null }),
        t('U02', 54000000, { band: 'medium', rules: ['unit-converted'] }, { unit: 'm²', target: null }),
        t('U03', '4,2', { band: 'high', rules: ['unit-converted'] }, { unit: 'km²', target: null }),
        t('U04', 98500, { band: 'high', rules: ['unit-converted'] }, { unit: 'm', target: null }),
        t('U05', 45, { band: 'high' }, { unit: 'phần trăm' }),
        t('U06', 1080, { band: 'high' }, { unit: 'tỉ đồng' }),
        t('U07', 88, { band: 'unassessed', rules: ['unit-mismatch'] }, { unit: 'triệu đồng/người', target: null }),
        t('U08', 9, { band: 'unassessed', rules: ['unit-mismatch'] }, { unit: 'ha', target: null }),
        t('U09', 216, { band: 'high' }, { unit: null }),
        t('U10', 91000, { band: 'high', rules: ['unit-converted'] }, { unit: 'nghìn đồng/người/năm', target: null }),
        t('U11', 4500000, { band: 'exceeded', rules: ['magnitude'] }, { note: 'nhập nhầm đơn vị triệu đồng' }),
        t('U12', '0,3', { band: 'low', rules: ['magnitude'] }, { note: 'nhập nhầm đơn vị nghìn tỷ đồng' }),
      ],
    },
  ],
};

const assessCatalogue = [
  entry('A01', 'Kim ngạch xuất khẩu', K, 'triệu USD', 'Tăng', 500, 'Sở Công Thương'),
  entry('A02', 'Số xã đạt chuẩn quốc gia về y tế', X, 'xã', 'Tăng', 120, 'Sở Y tế'),
  entry('A03', 'Tốc độ tăng trưởng GRDP', K, '%', 'Tăng', '15,8'),
  entry('A04', 'Số doanh nghiệp thành lập mới', K, 'doanh nghiệp', 'Tăng', 600),
  entry('A05', 'Số trường đạt chuẩn quốc gia', X, 'trường', 'Tăng', 420, 'Sở Giáo dục và Đào tạo'),
  entry('A06', 'Lượt khách du lịch', K, 'nghìn lượt', 'Tăng', 3800, 'Sở Văn hóa, Thể thao và Du lịch'),
  entry('A07', 'Số tuyến phố văn minh', X, 'tuyến phố', 'Tăng', 107, 'UBND thành phố'),
  entry('A08', 'Tốc độ tăng thu ngân sách', K, '%', 'Tăng', '15,8', 'Sở Tài chính'),
  entry('A09', 'Tốc độ tăng vốn đầu tư', K, '%', 'Tăng', '15,8'),
  entry('A10', 'Tốc độ tăng giá trị dịch vụ', K, '%', 'Tăng', '15,8'),
  entry('A11', 'Tốc độ tăng giá trị công nghiệp', K, '%', 'Tăng', '15,8', 'Sở Công Thương'),
  entry('A12', 'Diện tích trồng rừng mới', M, 'ha', 'Tăng', 9000, 'Sở Nông nghiệp và Phát triển nông thôn'),
  entry('A13', 'Số lao động được tạo việc làm', X, 'lao động', 'Tăng', 16000, 'Sở Lao động – Thương binh và Xã hội'),
  entry('A14', 'Số nhà ở xã hội hoàn thành', X, 'căn', 'Tăng', 1000, 'Sở Xây dựng'),
  entry('A15', 'Số xã hoàn thành quy hoạch chung', K, 'xã', 'Tăng', 40, 'Sở Xây dựng'),
];

const a = rowsFor(assessCatalogue);

/** Stated rates at and past the 0,5-point tolerance, stated assessments and overrides with and without reason. */
export const rulesAssessment: Fixture = {
  file: 'rules-assessment.xlsx',
  about: 'SPEC §5–§6: stated rate within/over 0,5 point (text, number, percent cell), stated assessments that agree or contradict the band, overrides by wording and band id, with and without reason.',
  exit: 0,
  catalogue: assessCatalogue,
  sheets: [
    {
      name: 'Báo cáo 6 tháng',
      rows: [
        groupRow('I', 'ĐÁNH GIÁ'),
        a('A01', 560, { band: 'exceeded' }, { rate: 112, assess: 'Vượt' }),
        a('A02', 120, { band: 'met', rules: ['assessment-mismatch'] }, { rate: 100, assess: 'Vượt' }),
        a('A03', 12.8, { band: 'high', rules: ['assessment-mismatch'] }, { rate: '81,0', assess: 'Đạt' }),
        a('A04', 660, { band: 'exceeded' }, { rate: 110, assess: 'Đạt và vượt' }),
        a('A05', 420, { band: 'met' }, { rate: 100, assess: 'Đạt' }),
        a('A06', 4000, { band: 'exceeded', rules: ['assessment-mismatch'] }, { rate: '105,3', assess: 'Không đạt' }),
        a('A07', '47/107', { band: 'low' }, { rate: 43.9, assess: 'Chưa đạt' }),
        groupRow('II', 'TỶ LỆ TỰ TÍNH'),
        a('A08', 12.8, { band: 'high' }, { rate: '81,0' }),
        a('A09', 12.8, { band: 'high', rules: ['rate-mismatch'] }, { rate: '81,6' }),
        a('A10', 12.8, { band: 'high' }, { rate: 81.5 }),
        a('A11', 12.8, { band: 'high' }, { rate: pct(0.81, '0%') }),
        groupRow('III', 'ĐÁNH GIÁ ĐIỀU CHỈNH'),
        a('A12', 4000, { band: 'low', override: 'exceeded' }, { rate: 44.4, override: 'Vượt', reason: 'Thời vụ trồng rừng chính vào quý III; cả năm dự kiến vượt kế hoạch' }),
        a('A13', 12000, { band: 'high', override: 'medium' }, { rate: 75, override: 'medium', reason: 'Số liệu 6 tháng chưa trừ lao động trùng lặp' }),
        a('A14', 800, { band: 'high', rules: ['override-without-reason'] }, { rate: 80, override: 'Đạt dưới 50%' }),
        a('A15', 30, { band: 'high', override: 'unassessed' }, { rate: 75, override: 'Chưa đánh giá', reason: 'Chờ kết quả thẩm định của Sở Xây dựng' }),
      ],
    },
  ],
};
