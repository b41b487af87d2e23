/**
 * Content of the demonstration workbook: the 26 indicators of a provincial socio-economic plan for
 * 2025 and a half-year report on them with the slips planning offices really make.
 */
import { FIELD, GROUP, groupRow, indicatorRow } from './fixture-layout';
import type { CatalogueEntry } from './fixture-layout';
import { formula, pct } from './fixture-xlsx';
import type { TableRow } from './fixture-xlsx';

const KHDT = 'Sở Kế hoạch và Đầu tư';
const TC = 'Sở Tài chính';
const LDTBXH = 'Sở Lao động – Thương binh và Xã hội';
const NN = 'Sở Nông nghiệp và Phát triển nông thôn';

/** The catalogue of the sample: 26 indicators in five fields. */
export const SAMPLE_CATALOGUE: readonly CatalogueEntry[] = [
  { code: 'KT01', name: 'Tốc độ tăng trưởng kinh tế (GRDP)', field: FIELD.kt, unit: '%', direction: 'Tăng', target: '8,5', agency: KHDT },
  { code: 'KT02', name: 'Tổng thu ngân sách nhà nước trên địa bàn', field: FIELD.kt, unit: 'tỷ đồng', direction: 'Tăng', target: 4500, agency: TC },
  { code: 'KT03', name: 'GRDP bình quân đầu người', field: FIELD.kt, unit: 'triệu đồng/người', direction: 'Tăng', target: 95, agency: 'Cục Thống kê tỉnh' },
  { code: 'KT04', name: 'Tổng vốn đầu tư phát triển toàn xã hội', field: FIELD.kt, unit: 'tỷ đồng', direction: 'Tăng', target: 32000, agency: KHDT },
  { code: 'KT05', name: 'Kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu', field: FIELD.kt, unit: 'triệu USD', direction: 'Tăng', target: 5000, agency: 'Sở Công Thương' },
  { code: 'KT06', name: 'Tỷ lệ đô thị hóa', field: FIELD.kt, unit: '%', direction: '', target: '≥ 30', agency: 'Sở Xây dựng' },
  { code: 'KT07', name: 'Số doanh nghiệp thành lập mới', field: FIELD.kt, unit: 'doanh nghiệp', direction: 'Tăng', target: 600, agency: KHDT },
  { code: 'KT08', name: 'Tổng lượt khách du lịch', field: FIELD.kt, unit: 'nghìn lượt', direction: 'Tăng', target: 3800, agency: 'Sở Văn hóa, Thể thao và Du lịch' },
  { code: 'XH01', name: 'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều', field: FIELD.vhxh, unit: '%', direction: 'Giảm', target: 'giảm còn 1,5', agency: LDTBXH },
  { code: 'XH02', name: 'Số trường học đạt chuẩn quốc gia (lũy kế)', field: FIELD.vhxh, unit: 'trường', direction: 'Tăng', target: 420, agency: 'Sở Giáo dục và Đào tạo' },
  { code: 'XH03', name: 'Tỷ lệ dân số tham gia bảo hiểm y tế', field: FIELD.vhxh, unit: '%', direction: '', target: '≥ 95', agency: 'Bảo hiểm xã hội tỉnh' },
  { code: 'XH04', name: 'Số lao động được giải quyết việc làm mới', field: FIELD.vhxh, unit: 'lao động', direction: 'Tăng', target: 16000, agency: LDTBXH },
  { code: 'XH05', name: 'Tỷ lệ thôn, khối phố được công nhận danh hiệu văn hóa', field: FIELD.vhxh, unit: '%', direction: 'Tăng', target: 'từ 85 đến 88', agency: 'Sở Văn hóa, Thể thao và Du lịch' },
  { code: 'XH06', name: 'Số bác sĩ trên 1 vạn dân', field: FIELD.vhxh, unit: 'bác sĩ', direction: 'Tăng', target: 13, agency: 'Sở Y tế' },
  { code: 'XH07', name: 'Số tuyến phố đạt chuẩn tuyến phố văn minh đô thị', field: FIELD.vhxh, unit: 'tuyến phố', direction: 'Tăng', target: 107, agency: 'UBND thành phố' },
  { code: 'MT01', name: 'Tỷ lệ che phủ rừng', field: FIELD.mt, unit: '%', direction: 'Tăng', target: '63,5', agency: NN },
  { code: 'MT02', name: 'Diện tích trồng rừng mới tập trung', field: FIELD.mt, unit: 'ha', direction: 'Tăng', target: 9000, agency: NN },
  { code: 'MT03', name: 'Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý', field: FIELD.mt, unit: '%', direction: '', target: '≥ 92', agency: 'Sở Tài nguyên và Môi trường' },
  { code: 'MT04', name: 'Tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh', field: FIELD.mt, unit: '%', direction: 'Tăng', target: 98, agency: NN },
  { code: 'AN01', name: 'Tỷ lệ hoàn thành chỉ tiêu tuyển chọn, gọi công dân nhập ngũ', field: FIELD.qpan, unit: '%', direction: 'Tăng', target: 100, agency: 'Bộ Chỉ huy Quân sự tỉnh' },
  { code: 'AN02', name: 'Tỷ lệ điều tra, khám phá các vụ án hình sự', field: FIELD.qpan, unit: '%', direction: '', target: 'trên 75', agency: 'Công an tỉnh' },
  { code: 'AN03', name: 'Tổ chức diễn tập khu vực phòng thủ tỉnh', field: FIELD.qpan, unit: '', direction: '', target: 'Hoàn thành', agency: 'Bộ Chỉ huy Quân sự tỉnh' },
  { code: 'XD01', name: 'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên', field: FIELD.xdd, unit: '%', direction: '', target: 'tối thiểu 90', agency: 'Ban Tổ chức Tỉnh ủy' },
  { code: 'XD02', name: 'Số đảng viên mới được kết nạp', field: FIELD.xdd, unit: 'đảng viên', direction: 'Tăng', target: 2200, agency: 'Ban Tổ chức Tỉnh ủy' },
  { code: 'XD03', name: 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn', field: FIELD.xdd, unit: '%', direction: 'Tăng', target: 98, agency: 'Văn phòng UBND tỉnh' },
  { code: 'XD04', name: 'Tỷ lệ đảng viên được học tập, quán triệt nghị quyết', field: FIELD.xdd, unit: '%', direction: '', target: '≥ 95', agency: 'Ban Tuyên giáo Tỉnh ủy' },
];

function name(code: string): string {
  const entry = SAMPLE_CATALOGUE.find((e) => e.code === code);
  if (!entry) throw new Error(`no sample indicator ${code}`);
  return entry.name;
}

/** The half-year report: every band, and one of each slip the checker must catch. */
export const SAMPLE_REPORT: readonly TableRow[] = [
  groupRow(...GROUP.kt),
  indicatorRow('KT01', name('KT01'), '%', '8,5', '7,62', { rate: pct(0.896, '0.0%'), assess: 'Chưa đạt' }, { band: 'high' }),
  indicatorRow('KT02', name('KT02'), 'nghìn tỷ đồng', '4,5', '3,25', { rate: '72,2', assess: 'Chưa đạt', note: 'Số liệu Cục Thuế tỉnh' }, { band: 'high', rules: ['unit-converted'] }),
  indicatorRow('KT03', name('KT03'), 'triệu đồng/người', 95, 88.4, { rate: 93.1, assess: 'Chưa đạt' }, { band: 'high' }),
  indicatorRow('KT04', name('KT04'), 'tỷ đồng', 32000, '15.840,25', { rate: 49.5, assess: 'Chưa đạt', override: 'Đạt từ 70% đến dưới 100%' }, { band: 'low', rules: ['override-without-reason'] }),
  indicatorRow('KT05', name('KT05'), 'triệu USD', 5000, 6940, { rate: 138.8, assess: 'Vượt', note: 'Đạt 138,8% so với kế hoạch' }, { band: 'exceeded' }),
  indicatorRow('KT06', name('KT06'), '%', '≥ 30', pct(0.3215), { rate: 107.2, assess: 'Vượt' }, { band: 'exceeded' }),
  indicatorRow('KT07', name('KT07'), 'doanh nghiệp', 600, 355, { rate: '59,2', assess: 'Chưa đạt', note: '355/600 doanh nghiệp' }, { band: 'medium' }),
  indicatorRow('KT08', name('KT08'), 'nghìn lượt', 3800, '1,234.5', { rate: 32.5, assess: 'Chưa đạt', note: 'Số liệu từ hệ thống thống kê du lịch quốc gia' }, { band: 'low' }),
  indicatorRow('KT09', 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', 'điểm', 68, '66,2', { assess: 'Chưa đạt' }, { rules: ['unknown-indicator'] }),
  groupRow(...GROUP.vhxh),
  indicatorRow('XH01', name('XH01'), '%', 'giảm còn 1,5', '1,62', { assess: 'Chưa đạt' }, { band: 'high' }),
  indicatorRow('XH02', name('XH02'), 'trường', 420, 412, { rate: 98.1, assess: 'Chưa đạt' }, { band: 'high' }),
  indicatorRow('XH03', name('XH03'), '%', '≥ 95', pct(0.95, '0%'), { rate: 100, assess: 'Đạt' }, { band: 'met' }),
  indicatorRow('XH04', name('XH04'), 'lao động', 16000, '9.840', { rate: '61,5', assess: 'Chưa đạt' }, { band: 'medium', rules: ['ambiguous-number'] }),
  indicatorRow('XH05', name('XH05'), '%', 'từ 85 đến 88', '86,2', { assess: 'Đạt' }, { band: 'met' }),
  indicatorRow('XH06', name('XH06'), 'bác sĩ', 13, 13.2, { rate: 101.5, assess: 'Vượt' }, { band: 'exceeded' }),
  indicatorRow(
    'XH07',
    name('XH07'),
    'tuyến phố',
    107,
    '47/107',
    { rate: 43.9, assess: 'Chưa đạt', override: 'Đạt từ 50% đến dưới 70%', reason: 'Chỉ tiêu cả năm; 6 tháng đầu năm đã thẩm định đợt 1 đúng tiến độ, đợt 2 công nhận vào tháng 9' },
    { band: 'low', override: 'medium' },
  ),
  indicatorRow('XH02', name('XH02'), 'trường', 420, 415, { note: 'Phòng GD&ĐT cập nhật ngày 25/6' }, { rules: ['duplicate-indicator'] }),
  groupRow(...GROUP.mt),
  indicatorRow('MT01', name('MT01'), '%', '63,5', pct(0.6352), { rate: 100, assess: 'Vượt' }, { band: 'exceeded' }),
  indicatorRow('MT02', name('MT02'), 'ha', 9000, 5400, { rate: 60, assess: 'Đạt' }, { band: 'medium', rules: ['assessment-mismatch'] }),
  indicatorRow('MT03', name('MT03'), '%', '≥ 92', null, { note: 'Chưa có số liệu tổng hợp của các huyện' }, { band: 'unassessed', rules: ['empty-actual'] }),
  indicatorRow('MT04', name('MT04'), '%', 98, 'đang cập nhật', {}, { band: 'unassessed', rules: ['not-a-number'] }),
  groupRow(...GROUP.qpan),
  indicatorRow('AN01', name('AN01'), '%', 100, pct(1, '0%'), { rate: 100, assess: 'Đạt' }, { band: 'met' }),
  indicatorRow('AN02', name('AN02'), '%', 'trên 75', formula('ROUND(186/0*100,1)', { error: '#DIV/0!' }), {}, { band: 'unassessed', rules: ['formula-error'] }),
  indicatorRow('AN03', name('AN03'), null, 'Hoàn thành', 'Hoàn thành', { assess: 'Đạt', note: 'Diễn tập ngày 12/6/2025' }, { band: 'met' }),
  groupRow(...GROUP.xdd),
  indicatorRow('XD01', name('XD01'), '%', 'tối thiểu 90', '91,6', { rate: 101.8, assess: 'Vượt' }, { band: 'exceeded' }),
  indicatorRow('XD02', name('XD02'), 'đảng viên', 2200, 1180, { rate: '58,6', assess: 'Chưa đạt' }, { band: 'medium', rules: ['rate-mismatch'] }),
  indicatorRow('XD03', name('XD03'), '%', 98, 98.7, { rate: 100.7, assess: 'Vượt' }, { band: 'exceeded' }),
];

/** Catalogue indicators the report leaves out on purpose (reported as missing-indicator). */
export const SAMPLE_MISSING: readonly string[] = ['XD04'];
