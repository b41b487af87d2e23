/** A small planning workbook (catalogue + data sheet) shared by the adapter, pane and browser tests. */
import type { FakeCell } from './fake';

type Plain = string | number | null | { error: string } | { value: number; numberFormat: string };

function toCell(v: Plain): FakeCell | undefined {
  if (v === null) return undefined;
  if (typeof v === 'object' && 'error' in v) return { value: v.error, numberFormat: 'General', error: true };
  if (typeof v === 'object') return { value: v.value, numberFormat: v.numberFormat };
  return { value: v, numberFormat: 'General' };
}

function grid(rows: Plain[][]): Array<Array<FakeCell | undefined>> {
  return rows.map((row) => row.map(toCell));
}

/** Name of the fixture's data sheet. */
export const DATA_SHEET = 'Số liệu 2024';

/** The fixture as sheets of cells: a catalogue of 8 indicators and a data sheet under a title block. */
export function planningWorkbook(): Array<{ name: string; cells: Array<Array<FakeCell | undefined> | undefined> }> {
  return [
    {
      name: 'Danh mục chỉ tiêu',
      cells: grid([
        ['STT', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Lĩnh vực', 'Đơn vị tính', 'Chiều đánh giá', 'Mục tiêu', 'Cơ quan chủ trì'],
        [1, 'KT01', 'Tốc độ tăng trưởng GRDP', 'Kinh tế', '%', 'Tăng', 7, 'Sở Kế hoạch và Đầu tư'],
        [2, 'KT02', 'Thu ngân sách nhà nước trên địa bàn', 'Kinh tế', 'tỷ đồng', 'Tăng', '4.500', 'Sở Tài chính'],
        [3, 'KT04', 'Số doanh nghiệp thành lập mới', 'Kinh tế', 'doanh nghiệp', 'Tăng', 300, 'Sở Kế hoạch và Đầu tư'],
        [4, 'XH01', 'Tỷ lệ hộ nghèo', 'Văn hóa – Xã hội', '%', 'Giảm', 'dưới 1,5', 'Sở Lao động – Thương binh và Xã hội'],
        [5, 'XH02', 'Số trường đạt chuẩn quốc gia', 'Văn hóa – Xã hội', 'trường', 'Tăng', 20, 'Sở Giáo dục và Đào tạo'],
        [6, 'XH03', 'Tỷ lệ dân số tham gia bảo hiểm y tế', 'Văn hóa – Xã hội', '%', 'Tăng', 95, 'Bảo hiểm xã hội tỉnh'],
        [7, 'MT01', 'Tỷ lệ chất thải rắn được thu gom', 'Môi trường', '%', 'Tăng', 90, 'Sở Tài nguyên và Môi trường'],
        [8, 'MT02', 'Diện tích trồng rừng mới', 'Môi trường', 'ha', 'Tăng', 100, 'Sở Nông nghiệp và PTNT'],
      ]),
    },
    {
      name: DATA_SHEET,
      cells: grid([
        ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024'],
        [],
        ['STT', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Thực hiện 2024', 'Ghi chú'],
        ['I', null, 'KINH TẾ'],
        [1, 'KT01', 'Tốc độ tăng trưởng GRDP', '%', 7.5],
        [2, 'KT02', 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', 3000],
        [3, 'KT99', 'Chỉ tiêu không có trong danh mục', '%', 50],
        ['II', null, 'VĂN HÓA – XÃ HỘI'],
        [4, 'XH01', 'Tỷ lệ hộ nghèo', '%', 1.2],
        [5, 'XH02', 'Số trường đạt chuẩn quốc gia', 'trường', 8],
        [6, 'XH03', 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', { value: 0.9, numberFormat: '0.0%' }],
        ['III', null, 'MÔI TRƯỜNG'],
        [7, 'MT01', 'Tỷ lệ chất thải rắn được thu gom', '%', { error: '#DIV/0!' }],
        [8, 'MT02', 'Diện tích trồng rừng mới', 'ha', 100, '=Ghi chú của người dùng'],
      ]),
    },
  ];
}
