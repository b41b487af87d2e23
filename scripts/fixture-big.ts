/**
 * A large, realistic workbook for benchmarks, written with exceljs's streaming writer: a catalogue of
 * N indicators and a 16-column report sheet of N rows (about 1.6 M cells and 8 MB for N = 100 000).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { stream } from 'exceljs';
import { noise } from './fixture-bytes';
import { pinZipTimestamps } from './fixture-zip';
import { FIELD } from './fixture-layout';
import { FIXED_DATE } from './fixture-xlsx';

const FIELDS = [FIELD.kt, FIELD.vhxh, FIELD.mt, FIELD.qpan, FIELD.xdd];
const SUBJECTS = [
  ['Tốc độ tăng trưởng giá trị sản xuất', '%'],
  ['Thu ngân sách nhà nước', 'tỷ đồng'],
  ['Diện tích trồng mới', 'ha'],
  ['Số lao động được giải quyết việc làm', 'người'],
  ['Chiều dài đường giao thông được cứng hóa', 'km'],
  ['Tỷ lệ hộ gia đình đạt chuẩn văn hóa', '%'],
  ['Số hộ thoát nghèo', 'hộ'],
] as const;
const PLACES = ['thành phố Sơn Lâm', 'huyện Cao Sơn', 'huyện Lâm Bình', 'huyện Đồng Mỏ', 'huyện Bắc Khê', 'huyện Tràng Định', 'thị xã Na Rì'];
const AGENCIES = ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Lao động – Thương binh và Xã hội', 'Sở Giao thông vận tải'];
const ASSESS = ['Vượt', 'Đạt', 'Chưa đạt', ''];

/** Vietnamese text form of a number with one decimal ("5.840,3"). */
function viText(n: number): string {
  const [int, dec] = n.toFixed(1).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${dec}`;
}

/** Writes a catalogue of `rows` indicators and a report of `rows` rows × 16 columns to `path`. */
export async function writeBigWorkbook(path: string, rows: number): Promise<void> {
  const wb = new stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  wb.creator = 'Phòng Tổng hợp – Sở Kế hoạch và Đầu tư';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const rand = noise(rows * 4, 0xb16);
  const targets: number[] = [];
  const cat = wb.addWorksheet('Danh mục chỉ tiêu');
  cat.addRow(['DANH MỤC CHỈ TIÊU KẾ HOẠCH NĂM 2025 (TỔNG HỢP TOÀN TỈNH)']).commit();
  cat.addRow([]).commit();
  cat.addRow(['STT', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Lĩnh vực', 'Đơn vị tính', 'Chiều đánh giá', 'Mục tiêu', 'Cơ quan chủ trì']).commit();
  for (let i = 0; i < rows; i++) {
    const [subject, unit] = SUBJECTS[i % SUBJECTS.length];
    const target = unit === '%' ? 50 + (rand[i * 4] % 50) : 100 + rand[i * 4] * 40 + rand[i * 4 + 1];
    targets.push(target);
    const direction = i % 11 === 0 ? 'Giảm' : 'Tăng';
    cat.addRow([i + 1, code(i), name(i, subject), FIELDS[i % FIELDS.length], unit, direction, target, AGENCIES[i % AGENCIES.length]]).commit();
  }
  cat.commit();
  const data = wb.addWorksheet('Báo cáo 6 tháng');
  data.addRow(['UBND TỈNH SƠN LÂM']).commit();
  data.addRow(['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2025']).commit();
  data.addRow([]).commit();
  data.addRow(['STT', 'Mã', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2025', 'Cùng kỳ năm 2024', 'Thực hiện 6 tháng 2025', 'Tỷ lệ (%)', 'So cùng kỳ (%)', 'Đánh giá', 'Đánh giá điều chỉnh', 'Lý do', 'Cơ quan chủ trì', 'Nguồn số liệu', 'Ngày cập nhật', 'Ghi chú']).commit();
  for (let i = 0; i < rows; i++) {
    const [subject, unit] = SUBJECTS[i % SUBJECTS.length];
    const target = targets[i];
    const factor = 0.3 + (rand[i * 4 + 2] / 255) * 1.1;
    const actual = Math.round(target * factor * 10) / 10;
    const previous = Math.round(actual * 0.92 * 10) / 10;
    const rate = Math.round((actual / target) * 1000) / 10;
    const shown = i % 10 === 3 ? viText(actual) : i % 97 === 5 ? null : actual;
    const override = i % 500 === 7 ? 'Đạt từ 70% đến dưới 100%' : null;
    data
      .addRow([
        i + 1,
        code(i),
        name(i, subject),
        unit,
        target,
        previous,
        shown,
        rate,
        Math.round((actual / previous) * 1000) / 10,
        ASSESS[rand[i * 4 + 3] % ASSESS.length] || null,
        override,
        override ? 'Số liệu 6 tháng chưa phản ánh thời vụ' : null,
        AGENCIES[i % AGENCIES.length],
        i % 2 ? 'Cục Thống kê tỉnh' : 'Báo cáo của UBND cấp huyện',
        '30/06/2025',
        i % 13 === 0 ? 'Số ước thực hiện' : null,
      ])
      .commit();
  }
  data.commit();
  await wb.commit();
  writeFileSync(path, pinZipTimestamps(readFileSync(path)));
}

function code(i: number): string {
  return `CT${String(i + 1).padStart(6, '0')}`;
}

function name(i: number, subject: string): string {
  return `${subject} – ${PLACES[Math.floor(i / 7) % 7]} (đợt ${Math.floor(i / 49) + 1})`;
}

if (require.main === module) {
  const [path = 'big.xlsx', n = '100000'] = process.argv.slice(2);
  writeBigWorkbook(path, Number(n)).then(
    () => console.log(path),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
