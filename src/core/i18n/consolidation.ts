/** Vietnamese and English words of the consolidation sheets (SPEC §10), typed by key so both languages stay complete. */
import type { NoTotalReason } from '../model/consolidated';
import type { Lang } from '../model/model';

/** Every word the three consolidation sheets and the completeness sentence need. */
export interface ConsolidationWords {
  readonly sheetNames: Readonly<Record<'consolidation' | 'by-unit' | 'submissions', string>>;
  readonly titles: Readonly<Record<'consolidation' | 'by-unit' | 'submissions', string>>;
  readonly submittedAll: (count: number) => string;
  readonly submittedOf: (submitted: number, expected: number, missing: readonly string[]) => string;
  readonly unitsWithErrors: (names: readonly string[]) => string;
  readonly unreadableUnits: (names: readonly string[]) => string;
  readonly legend: string;
  readonly noTotal: Readonly<Record<NoTotalReason, string>>;
  readonly additive: string;
  readonly notAdditive: string;
  readonly status: Readonly<Record<'submitted' | 'unreadable' | 'duplicate' | 'missing' | 'unexpected', string>>;
  readonly columns: Readonly<Record<string, string>>;
  readonly unmatchedTitle: string;
  readonly catalogueTitle: string;
  readonly unconverted: (names: readonly string[]) => string;
  readonly none: string;
}

const VI: ConsolidationWords = {
  sheetNames: { consolidation: 'Tổng hợp đơn vị', 'by-unit': 'Theo đơn vị', submissions: 'Tình hình nộp báo cáo' },
  titles: {
    consolidation: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CỦA CÁC ĐƠN VỊ',
    'by-unit': 'SỐ LIỆU THỰC HIỆN CHỈ TIÊU THEO TỪNG ĐƠN VỊ',
    submissions: 'TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC ĐƠN VỊ',
  },
  submittedAll: (n) => `${n} đơn vị đã nộp.`,
  submittedOf: (s, e, missing) => `${s}/${e} đơn vị đã nộp` + (missing.length > 0 ? `; ${missing.length} đơn vị chưa nộp: ${missing.join(', ')}.` : '.'),
  unitsWithErrors: (names) => (names.length > 0 ? `Đơn vị có lỗi: ${names.join(', ')}.` : 'Không đơn vị nào có lỗi.'),
  unreadableUnits: (names) => `Không đọc được: ${names.join(', ')}.`,
  legend: 'Màu ô theo kết quả của từng đơn vị: xanh = đạt và vượt; vàng = đạt từ ngưỡng cảnh báo đến dưới ngưỡng; đỏ = dưới ngưỡng nguy cấp; xám = chưa đánh giá.',
  noTotal: {
    rate: 'Tỷ lệ: không cộng giữa các đơn vị; xem nhỏ nhất, lớn nhất, trung vị.',
    'per-unit': 'Chỉ tiêu bình quân theo người/diện tích: không cộng; xem nhỏ nhất, lớn nhất, trung vị.',
    index: 'Chỉ số/điểm: không cộng; xem nhỏ nhất, lớn nhất, trung vị.',
    average: 'Giá trị bình quân: không cộng; xem nhỏ nhất, lớn nhất, trung vị.',
    milestone: 'Chỉ tiêu hoàn thành/chưa hoàn thành: không cộng; xem từng đơn vị.',
    'unknown-unit': 'Đơn vị tính không thuộc loại cộng được: không cộng; xem từng đơn vị.',
    'no-unit': 'Chưa có đơn vị tính: không cộng; xem từng đơn vị.',
  },
  additive: 'Cộng',
  notAdditive: 'Không cộng',
  status: { submitted: 'Đã nộp', unreadable: 'Không đọc được', duplicate: 'Trùng – không cộng', missing: 'Chưa nộp', unexpected: 'Ngoài danh sách' },
  columns: {
    stt: 'STT', code: 'Mã', name: 'Chỉ tiêu', unit: 'ĐVT', method: 'Cách tổng hợp', total: 'Tổng cộng', target: 'Mục tiêu',
    rate: 'Tỷ lệ', band: 'Đánh giá', min: 'Nhỏ nhất', max: 'Lớn nhất', median: 'Trung vị', reported: 'Số đơn vị có số liệu',
    note: 'Ghi chú', unitName: 'Đơn vị', file: 'Tệp', status: 'Tình trạng', errors: 'Lỗi', warnings: 'Cảnh báo',
    blank: 'Chỉ tiêu để trống', missing: 'Chỉ tiêu thiếu dòng', unmatched: 'Dòng không khớp danh mục', sheet: 'Trang', cell: 'Ô', message: 'Nội dung',
  },
  unmatchedTitle: 'Dòng không khớp chỉ tiêu nào của danh mục',
  catalogueTitle: 'Vấn đề của danh mục chỉ tiêu dùng chung',
  unconverted: (names) => `Không đổi được đơn vị tính của: ${names.join(', ')}.`,
  none: '(Không có)',
};

const EN: ConsolidationWords = {
  sheetNames: { consolidation: 'Consolidated', 'by-unit': 'By unit', submissions: 'Submissions' },
  titles: {
    consolidation: 'CONSOLIDATED INDICATOR RESULTS OF ALL UNITS',
    'by-unit': 'INDICATOR ACTUALS BY UNIT',
    submissions: 'REPORT SUBMISSIONS BY UNIT',
  },
  submittedAll: (n) => `${n} ${n === 1 ? 'unit' : 'units'} submitted.`,
  submittedOf: (s, e, missing) =>
    `${s}/${e} units submitted` + (missing.length > 0 ? `; ${missing.length} ${missing.length === 1 ? 'unit has' : 'units have'} not submitted: ${missing.join(', ')}.` : '.'),
  unitsWithErrors: (names) => (names.length > 0 ? `Units with errors: ${names.join(', ')}.` : 'No unit has errors.'),
  unreadableUnits: (names) => `Could not be read: ${names.join(', ')}.`,
  legend: "Cells are coloured by each unit's band: green = met or exceeded; amber = between the critical and warning thresholds; red = below the critical threshold; grey = not assessed.",
  noTotal: {
    rate: 'A rate: not added over units; see minimum, maximum, median.',
    'per-unit': 'Per person or per area: not added; see minimum, maximum, median.',
    index: 'An index or score: not added; see minimum, maximum, median.',
    average: 'An average: not added; see minimum, maximum, median.',
    milestone: 'Done / not done: not added; see each unit.',
    'unknown-unit': 'The unit is not one known to add up: not added; see each unit.',
    'no-unit': 'No unit given: not added; see each unit.',
  },
  additive: 'Added',
  notAdditive: 'Not added',
  status: { submitted: 'Submitted', unreadable: 'Could not be read', duplicate: 'Duplicate – not added', missing: 'Not submitted', unexpected: 'Not on the list' },
  columns: {
    stt: 'No.', code: 'Code', name: 'Indicator', unit: 'Unit', method: 'Consolidation', total: 'Total', target: 'Target',
    rate: 'Rate', band: 'Band', min: 'Minimum', max: 'Maximum', median: 'Median', reported: 'Units reporting',
    note: 'Note', unitName: 'Unit', file: 'File', status: 'Status', errors: 'Errors', warnings: 'Warnings',
    blank: 'Left blank', missing: 'No row', unmatched: 'Rows matching no indicator', sheet: 'Sheet', cell: 'Cell', message: 'Message',
  },
  unmatchedTitle: 'Rows that match no catalogue indicator',
  catalogueTitle: 'Issues of the shared catalogue',
  unconverted: (names) => `Unit could not be converted for: ${names.join(', ')}.`,
  none: '(None)',
};

/** The consolidation words of a language. */
export function consolidationWords(lang: Lang): ConsolidationWords {
  return lang === 'en' ? EN : VI;
}
