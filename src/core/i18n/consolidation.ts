/** Vietnamese and English words of the consolidation sheets (SPEC §10), each entry in both languages side by side. */
import type { NoTotalReason } from '../model/consolidated';
import type { Lang } from '../model/model';
import type { Bilingual, InLanguage, MessageSection } from './entry';
import { inLanguage, withParams } from './entry';

/** Every word the three consolidation sheets and the completeness sentence need. */
export const CONSOLIDATION_MESSAGES = {
  sheetNames: {
    consolidation: { vi: 'Tổng hợp đơn vị', en: 'Consolidated' },
    'by-unit': { vi: 'Theo đơn vị', en: 'By unit' },
    submissions: { vi: 'Tình hình nộp báo cáo', en: 'Submissions' },
  },
  titles: {
    consolidation: { vi: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CỦA CÁC ĐƠN VỊ', en: 'CONSOLIDATED INDICATOR RESULTS OF ALL UNITS' },
    'by-unit': { vi: 'SỐ LIỆU THỰC HIỆN CHỈ TIÊU THEO TỪNG ĐƠN VỊ', en: 'INDICATOR ACTUALS BY UNIT' },
    submissions: { vi: 'TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC ĐƠN VỊ', en: 'REPORT SUBMISSIONS BY UNIT' },
  },
  submittedAll: withParams({ vi: (n: number) => `${n} đơn vị đã nộp.`, en: (n) => `${n} ${n === 1 ? 'unit' : 'units'} submitted.` }),
  submittedOf: withParams({
    vi: (s: number, e: number, missing: readonly string[]) => `${s}/${e} đơn vị đã nộp` + (missing.length > 0 ? `; ${missing.length} đơn vị chưa nộp: ${missing.join(', ')}.` : '.'),
    en: (s, e, missing) =>
      `${s}/${e} units submitted` + (missing.length > 0 ? `; ${missing.length} ${missing.length === 1 ? 'unit has' : 'units have'} not submitted: ${missing.join(', ')}.` : '.'),
  }),
  unitsWithErrors: withParams({
    vi: (names: readonly string[]) => (names.length > 0 ? `Đơn vị có lỗi: ${names.join(', ')}.` : 'Không đơn vị nào có lỗi.'),
    en: (names) => (names.length > 0 ? `Units with errors: ${names.join(', ')}.` : 'No unit has errors.'),
  }),
  unreadableUnits: withParams({ vi: (names: readonly string[]) => `Không đọc được: ${names.join(', ')}.`, en: (names) => `Could not be read: ${names.join(', ')}.` }),
  legend: {
    vi: 'Màu ô theo kết quả của từng đơn vị: xanh = đạt và vượt; vàng = đạt từ ngưỡng cảnh báo đến dưới ngưỡng; đỏ = dưới ngưỡng nguy cấp; xám = chưa đánh giá.',
    en: "Cells are coloured by each unit's band: green = met or exceeded; amber = between the critical and warning thresholds; red = below the critical threshold; grey = not assessed.",
  },
  noTotal: {
    rate: { vi: 'Tỷ lệ: không cộng giữa các đơn vị; xem nhỏ nhất, lớn nhất, trung vị.', en: 'A rate: not added over units; see minimum, maximum, median.' },
    'per-unit': {
      vi: 'Chỉ tiêu bình quân theo người/diện tích: không cộng; xem nhỏ nhất, lớn nhất, trung vị.',
      en: 'Per person or per area: not added; see minimum, maximum, median.',
    },
    index: { vi: 'Chỉ số/điểm: không cộng; xem nhỏ nhất, lớn nhất, trung vị.', en: 'An index or score: not added; see minimum, maximum, median.' },
    average: { vi: 'Giá trị bình quân: không cộng; xem nhỏ nhất, lớn nhất, trung vị.', en: 'An average: not added; see minimum, maximum, median.' },
    milestone: { vi: 'Chỉ tiêu hoàn thành/chưa hoàn thành: không cộng; xem từng đơn vị.', en: 'Done / not done: not added; see each unit.' },
    'unknown-unit': { vi: 'Đơn vị tính không thuộc loại cộng được: không cộng; xem từng đơn vị.', en: 'The unit is not one known to add up: not added; see each unit.' },
    'no-unit': { vi: 'Chưa có đơn vị tính: không cộng; xem từng đơn vị.', en: 'No unit given: not added; see each unit.' },
  } satisfies { readonly [R in NoTotalReason]: Bilingual<string> },
  additive: { vi: 'Cộng', en: 'Added' },
  notAdditive: { vi: 'Không cộng', en: 'Not added' },
  status: {
    submitted: { vi: 'Đã nộp', en: 'Submitted' },
    unreadable: { vi: 'Không đọc được', en: 'Could not be read' },
    duplicate: { vi: 'Trùng – không cộng', en: 'Duplicate – not added' },
    missing: { vi: 'Chưa nộp', en: 'Not submitted' },
    unexpected: { vi: 'Ngoài danh sách', en: 'Not on the list' },
  },
  columns: {
    stt: { vi: 'STT', en: 'No.' },
    code: { vi: 'Mã', en: 'Code' },
    name: { vi: 'Chỉ tiêu', en: 'Indicator' },
    unit: { vi: 'ĐVT', en: 'Unit' },
    method: { vi: 'Cách tổng hợp', en: 'Consolidation' },
    total: { vi: 'Tổng cộng', en: 'Total' },
    target: { vi: 'Mục tiêu', en: 'Target' },
    rate: { vi: 'Tỷ lệ', en: 'Rate' },
    band: { vi: 'Đánh giá', en: 'Band' },
    min: { vi: 'Nhỏ nhất', en: 'Minimum' },
    max: { vi: 'Lớn nhất', en: 'Maximum' },
    median: { vi: 'Trung vị', en: 'Median' },
    reported: { vi: 'Số đơn vị có số liệu', en: 'Units reporting' },
    note: { vi: 'Ghi chú', en: 'Note' },
    unitName: { vi: 'Đơn vị', en: 'Unit' },
    file: { vi: 'Tệp', en: 'File' },
    status: { vi: 'Tình trạng', en: 'Status' },
    errors: { vi: 'Lỗi', en: 'Errors' },
    warnings: { vi: 'Cảnh báo', en: 'Warnings' },
    blank: { vi: 'Chỉ tiêu để trống', en: 'Left blank' },
    missing: { vi: 'Chỉ tiêu thiếu dòng', en: 'No row' },
    unmatched: { vi: 'Dòng không khớp danh mục', en: 'Rows matching no indicator' },
    sheet: { vi: 'Trang', en: 'Sheet' },
    cell: { vi: 'Ô', en: 'Cell' },
    message: { vi: 'Nội dung', en: 'Message' },
  },
  unmatchedTitle: { vi: 'Dòng không khớp chỉ tiêu nào của danh mục', en: 'Rows that match no catalogue indicator' },
  catalogueTitle: { vi: 'Vấn đề của danh mục chỉ tiêu dùng chung', en: 'Issues of the shared catalogue' },
  unconverted: withParams({ vi: (names: readonly string[]) => `Không đổi được đơn vị tính của: ${names.join(', ')}.`, en: (names) => `Unit could not be converted for: ${names.join(', ')}.` }),
  none: { vi: '(Không có)', en: '(None)' },

} as const satisfies MessageSection;

/** The consolidation words of one language. */
export type ConsolidationWords = InLanguage<typeof CONSOLIDATION_MESSAGES>;

/** A column heading of the consolidation sheets. */
export type ConsolidationColumn = keyof typeof CONSOLIDATION_MESSAGES.columns;

/** The consolidation words of a language. */
export function consolidationWords(lang: Lang): ConsolidationWords {
  return inLanguage(CONSOLIDATION_MESSAGES, lang);
}
