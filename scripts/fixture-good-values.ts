/**
 * Fixtures for reading values (SPEC §3): every number style, percent cells, fractions, milestones,
 * blanks and Excel errors; and the exact-decimal threshold boundaries of SPEC §5.
 */
import { FIELD, groupRow } from './fixture-layout';
import { entry, rowsFor } from './fixture-model';
import type { Fixture } from './fixture-model';
import { errorValue, formula, pct } from './fixture-xlsx';

const K = FIELD.kt;
const X = FIELD.vhxh;

const valuesCatalogue = [
  entry('V01', 'Tốc độ tăng trưởng giá trị sản xuất công nghiệp', K, '%', 'Tăng', '15,8'),
  entry('V02', 'Tốc độ tăng tổng mức bán lẻ hàng hóa', K, '%', 'Tăng', 12),
  entry('V03', 'Thu ngân sách nội địa', K, 'tỷ đồng', 'Tăng', 5000, 'Sở Tài chính'),
  entry('V04', 'Chi đầu tư phát triển', K, 'tỷ đồng', 'Tăng', 6000, 'Sở Tài chính'),
  entry('V05', 'Tỷ trọng công nghiệp – xây dựng trong GRDP', K, '%', 'Tăng', '12,05'),
  entry('V06', 'Sản lượng lương thực có hạt', K, 'nghìn tấn', 'Tăng', 300, 'Sở Nông nghiệp và Phát triển nông thôn'),
  entry('V07', 'Số hợp tác xã thành lập mới', K, 'hợp tác xã', 'Tăng', 1500),
  entry('V08', 'Giá trị sản phẩm trên 1 ha đất trồng trọt', K, 'triệu đồng', 'Tăng', 1500),
  entry('V09', 'Thu từ khu vực doanh nghiệp nhà nước', K, 'tỷ đồng', 'Tăng', 500, 'Sở Tài chính'),
  entry('V10', 'Tốc độ tăng thu nhập bình quân đầu người', K, '%', 'Tăng', 12),
  entry('V11', 'Số hộ gia đình được công nhận gia đình văn hóa', X, 'hộ', 'Tăng', 500, 'Sở Văn hóa, Thể thao và Du lịch'),
  entry('V12', 'Số xã đạt chuẩn nông thôn mới nâng cao', K, 'xã', 'Tăng', 26, 'Sở Nông nghiệp và Phát triển nông thôn'),
  entry('V13', 'Số tuyến phố đạt chuẩn văn minh đô thị', X, 'tuyến phố', 'Tăng', 100, 'UBND thành phố'),
  entry('V14', 'Hoàn thành quy hoạch chung đô thị', K, '', '', 'Hoàn thành', 'Sở Xây dựng'),
  entry('V15', 'Đưa vào sử dụng Trung tâm hành chính công tỉnh', X, '', '', 'Hoàn thành', 'Văn phòng UBND tỉnh'),
  entry('V16', 'Số hóa hồ sơ hộ tịch', X, '', '', 'Hoàn thành', 'Sở Tư pháp'),
  entry('V17', 'Xây dựng cơ sở dữ liệu đất đai', K, '', '', 'Hoàn thành', 'Sở Tài nguyên và Môi trường'),
  entry('V18', 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', X, '%', 'Tăng', 90, 'Sở Y tế'),
  entry('V19', 'Tỷ lệ trường mầm non đạt chuẩn quốc gia', X, '%', 'Tăng', 60, 'Sở Giáo dục và Đào tạo'),
  entry('V20', 'Tỷ lệ xã có trạm y tế đạt chuẩn', X, '%', 'Tăng', 95, 'Sở Y tế'),
  entry('V21', 'Tỷ lệ dân số được quản lý sức khỏe', X, '%', 'Tăng', 90, 'Sở Y tế'),
  entry('V22', 'Tỷ lệ học sinh đi học đúng độ tuổi cấp THCS', X, '%', 'Tăng', 95, 'Sở Giáo dục và Đào tạo'),
  entry('V23', 'Tỷ lệ hộ dân sử dụng điện lưới quốc gia', X, '%', 'Tăng', 99, 'Sở Công Thương'),
  entry('V24', 'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình', X, '%', 'Tăng', 50, 'Sở Thông tin và Truyền thông'),
  entry('V25', 'Doanh thu dịch vụ lưu trú, ăn uống', K, 'tỷ đồng', 'Tăng', 6000, 'Sở Công Thương'),
  entry('V26', 'Số khách du lịch quốc tế', K, 'lượt khách', 'Tăng', 5000, 'Sở Văn hóa, Thể thao và Du lịch'),
];

const v = rowsFor(valuesCatalogue);

/** Every value form of SPEC §3, one per row, read in the Vietnamese culture. */
export const rulesValues: Fixture = {
  file: 'rules-values.xlsx',
  about: 'SPEC §3: numbers as numbers and as Vietnamese/English text, words around numbers, ambiguous 1.234, percent cells, fractions, milestones, blanks and dashes, Excel errors, unreadable text.',
  exit: 1,
  catalogue: valuesCatalogue,
  sheets: [
    {
      name: 'Báo cáo 6 tháng',
      rows: [
        groupRow('I', 'KINH TẾ'),
        v('V01', 12.8, { band: 'high' }, { note: 'số: 81,0%' }),
        v('V02', '12,05', { band: 'exceeded' }, { note: 'văn bản, dấu phẩy thập phân' }),
        v('V03', '5.840,25', { band: 'exceeded' }, { note: 'kiểu Việt Nam: nghìn bằng dấu chấm' }),
        v('V04', '5,840.25', { band: 'high' }, { note: 'kiểu tiếng Anh' }),
        v('V05', '12.05', { band: 'met' }, { note: 'không mơ hồ: sau dấu chấm chỉ 2 chữ số' }),
        v('V06', '276.3', { band: 'high' }, { note: 'không mơ hồ: 276,3' }),
        v('V07', '1.234', { band: 'high', rules: ['ambiguous-number'] }, { note: 'mơ hồ: đọc theo kiểu Việt Nam là 1234' }),
        v('V08', '1,234', { band: 'low', rules: ['ambiguous-number', 'magnitude'] }, { note: 'mơ hồ: kiểu Việt Nam đọc là 1,234 (dấu phẩy thập phân), lệch cỡ so với mục tiêu' }),
        v('V09', 'trên 520 tỷ đồng', { band: 'exceeded' }, { note: 'có chữ và đơn vị quanh số' }),
        v('V10', pct(0.1205), { band: 'exceeded' }, { note: 'ô phần trăm 0.00%: 12,05' }),
        v('V25', { $: 5840, numFmt: '#,##0' }, { band: 'high' }, { note: 'số có định dạng #,##0' }),
        v('V26', 'khoảng 4.000', { band: 'high', rules: ['ambiguous-number'] }, { note: 'ước tính' }),
        v('V12', '03/26', { band: 'low' }, { note: 'phân số, số 0 ở đầu' }),
        v('V14', 'Hoàn thành', { band: 'met' }),
        v('V17', 'Chưa hoàn thành', { band: 'low' }),
        groupRow('II', 'VĂN HÓA – XÃ HỘI'),
        v('V11', '355/500', { band: 'high' }, { note: 'phân số: 355 trên 500' }),
        v('V13', '47/107', { band: 'low', rules: ['target-mismatch'] }, { note: 'mẫu số khác danh mục (100)' }),
        v('V15', 'Xong', { band: 'met' }),
        v('V16', 'Không đạt', { band: 'low' }),
        v('V18', '–', { band: 'unassessed', rules: ['empty-actual'] }, { note: 'gạch ngang = chưa có số liệu' }),
        v('V19', '…', { band: 'unassessed', rules: ['empty-actual'] }),
        v('V20', errorValue('#N/A'), { band: 'unassessed', rules: ['formula-error'] }),
        v('V21', formula('VLOOKUP("YT05",#REF!,2,FALSE)', { error: '#REF!' }), { band: 'unassessed', rules: ['formula-error'] }),
        v('V22', formula('"96"+"%x"', { error: '#VALUE!' }), { band: 'unassessed', rules: ['formula-error'] }),
        v('V23', 'đang tổng hợp', { band: 'unassessed', rules: ['not-a-number'] }),
        v('V24', '-', { band: 'unassessed', rules: ['empty-actual'] }),
      ],
    },
  ],
};

const boundaryCatalogue = [
  entry('B01', 'Tốc độ tăng tổng sản phẩm trên địa bàn (văn bản, đúng 70%)', K, '%', 'Tăng', '16,6'),
  entry('B02', 'Tốc độ tăng giá trị xuất khẩu (văn bản, dưới 70%)', K, '%', 'Tăng', '16,6'),
  entry('B03', 'Tốc độ tăng thu ngân sách (văn bản, đúng 50%)', K, '%', 'Tăng', '16,6'),
  entry('B04', 'Tốc độ tăng vốn đầu tư (văn bản, dưới 50%)', K, '%', 'Tăng', '16,6'),
  entry('B05', 'Tỷ lệ tăng dân số tự nhiên (văn bản, đúng 50%)', X, '%', 'Tăng', '0,7'),
  entry('B06', 'Tỷ lệ tăng việc làm (văn bản, dưới 50%)', X, '%', 'Tăng', '0,7'),
  entry('B07', 'Tỷ lệ tăng lao động có bảo hiểm (văn bản, đúng 70%)', X, '%', 'Tăng', '0,7'),
  entry('B08', 'Tỷ lệ tăng hộ kinh doanh (văn bản, dưới 70%)', X, '%', 'Tăng', '0,7'),
  entry('B09', 'Tốc độ tăng giá trị sản xuất nông nghiệp (ô số, đúng 70%)', K, '%', 'Tăng', 16.6),
  entry('B10', 'Tốc độ tăng giá trị dịch vụ (ô số, đúng 50%)', K, '%', 'Tăng', 16.6),
  entry('B11', 'Tốc độ tăng năng suất lao động (đúng 100%)', K, '%', 'Tăng', '16,6'),
  entry('B12', 'Tỷ lệ sinh con thứ ba trở lên (giảm, đúng 70%)', X, '%', 'Giảm', '≤ 0,7'),
  entry('B13', 'Tỷ lệ thất nghiệp khu vực thành thị (giảm, đúng 50%)', X, '%', 'Giảm', '≤ 0,7'),
  entry('B14', 'Tỷ lệ hộ cận nghèo (giảm, dưới 50%)', X, '%', 'Giảm', '≤ 0,7'),
];

const b = rowsFor(boundaryCatalogue);

/** Rates exactly on and just under the 70 % and 50 % thresholds, typed as decimals. */
export const thresholdsBoundaries: Fixture = {
  file: 'thresholds-boundaries.xlsx',
  about: 'SPEC §5 exactness: 11,62/16,6 = 70 % and 8,3/16,6 = 50 % (floating point gives 69.99999999999999), 0,35/0,7 and 0,49/0,7, and values just under; numeric cells; decrease direction on the thresholds.',
  exit: 0,
  catalogue: boundaryCatalogue,
  sheets: [
    {
      name: 'Báo cáo 6 tháng',
      rows: [
        groupRow('I', 'KINH TẾ'),
        b('B01', '11,62', { band: 'high' }),
        b('B02', '11,61', { band: 'medium' }),
        b('B03', '8,3', { band: 'medium' }),
        b('B04', '8,29', { band: 'low' }),
        b('B09', 11.62, { band: 'high' }),
        b('B10', 8.3, { band: 'medium' }),
        b('B11', '16,6', { band: 'met' }),
        groupRow('II', 'VĂN HÓA – XÃ HỘI'),
        b('B05', '0,35', { band: 'medium' }),
        b('B06', '0,349', { band: 'low' }),
        b('B07', '0,49', { band: 'high' }),
        b('B08', '0,489', { band: 'medium' }),
        b('B12', '1', { band: 'high' }),
        b('B13', '1,4', { band: 'medium' }),
        b('B14', '1,41', { band: 'low' }),
      ],
    },
  ],
};

const percentCatalogue = [
  entry('P01', 'Tỷ lệ dân số tham gia bảo hiểm y tế', X, '%', '', '≥ 95', 'Bảo hiểm xã hội tỉnh'),
  entry('P02', 'Tỷ lệ lao động qua đào tạo', X, '%', 'Tăng', 72, 'Sở Lao động – Thương binh và Xã hội'),
  entry('P03', 'Tỷ lệ che phủ rừng', FIELD.mt, '%', 'Tăng', '63,5', 'Sở Nông nghiệp và Phát triển nông thôn'),
  entry('P04', 'Tỷ lệ hộ nghèo', X, '%', 'Giảm', 'giảm còn 1,5', 'Sở Lao động – Thương binh và Xã hội'),
  entry('P05', 'Tỷ lệ đô thị hóa', K, '%', '', '≥ 30', 'Sở Xây dựng'),
  entry('P06', 'Tốc độ tăng trưởng kinh tế', K, '%', 'Tăng', '8,5'),
  entry('P07', 'Tỷ lệ thu gom rác thải sinh hoạt', FIELD.mt, '%', '', '≥ 92', 'Sở Tài nguyên và Môi trường'),
  entry('P08', 'Tỷ lệ hồ sơ giải quyết đúng hạn', FIELD.xdd, '%', 'Tăng', 98, 'Văn phòng UBND tỉnh'),
];

const p = rowsFor(percentCatalogue);

/** Percentages every way offices type them: percent cells, plain numbers, text with %. */
export const percentCells: Fixture = {
  file: 'percent-cells.xlsx',
  about: 'SPEC §3 percent cells: 0.95 as 0%, 0.7050 as 0.00%, 0.6352 as 0.0%, 1.5% as percent cell with a target "giảm còn 1,5", plain 32,15, text "12,05%" and "95 %", percent-formatted targets and stated rates.',
  exit: 0,
  catalogue: percentCatalogue,
  sheets: [
    {
      name: 'Báo cáo 6 tháng',
      rows: [
        groupRow('I', 'CÁC CHỈ TIÊU TỶ LỆ'),
        p('P01', pct(0.95, '0%'), { band: 'met' }, { target: pct(0.95, '0%'), rate: pct(1, '0%') }),
        p('P02', pct(0.705), { band: 'high' }, { target: pct(0.72, '0%'), rate: pct(0.979, '0.0%') }),
        p('P03', pct(0.6352, '0.0%'), { band: 'exceeded' }, { rate: 100 }),
        p('P04', pct(0.015), { band: 'met' }, { rate: pct(1, '0.0%') }),
        p('P05', 32.15, { band: 'exceeded' }, { rate: 107.2 }),
        p('P06', '12,05%', { band: 'exceeded' }),
        p('P07', '95 %', { band: 'exceeded' }),
        p('P08', pct(0.9604, '0.00%;[Red]-0.00%'), { band: 'high' }, { rate: pct(0.98, '0%') }),
      ],
    },
  ],
};
