/** Words of the Validation and Summary sheets, run failures, bands and the narrative, each in Vietnamese and English side by side. */
import type { Band } from '../model/model';
import type { Bilingual, MessageSection } from './entry';
import { withParams } from './entry';

/** A band label from the thresholds in force (`critical` < `warning`, in per cent). */
export type BandLabel = (critical: number, warning: number) => string;

/** The label of every band. */
export const BAND_LABELS: { readonly [B in Band]: Bilingual<BandLabel> } = {
  exceeded: { vi: () => 'Vượt', en: () => 'Exceeded' },
  met: { vi: () => 'Đạt', en: () => 'Met' },
  high: { vi: (_critical, warning) => `Đạt từ ${warning}% đến dưới 100%`, en: (_critical, warning) => `${warning}% to under 100%` },
  medium: { vi: (critical, warning) => `Đạt từ ${critical}% đến dưới ${warning}%`, en: (critical, warning) => `${critical}% to under ${warning}%` },
  low: { vi: (critical) => `Đạt dưới ${critical}%`, en: (critical) => `Under ${critical}%` },
  unassessed: { vi: () => 'Chưa đánh giá', en: () => 'Not assessed' },
};

/** Severity names. */
export const SEVERITY_NAMES = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Thông tin', en: 'Info' },
} as const satisfies MessageSection;

/** Names of the two sheets a check owns. */
export const OWNED_SHEET_NAMES = {
  validation: { vi: 'Kiểm tra', en: 'Validation' },
  summary: { vi: 'Tổng hợp', en: 'Summary' },
} as const satisfies MessageSection;

/** Texts of the owned sheets and run failures; `{name}` placeholders are filled by `fill`. */
export const REPORT_TEXTS = {
  failNoCatalogue: {
    vi: 'Không có danh mục chỉ tiêu và biểu không có cột mục tiêu. Thêm cột “Kế hoạch năm …” (hoặc “Mục tiêu”) vào biểu, thêm trang “Danh mục chỉ tiêu” (cột Mã chỉ tiêu, Tên chỉ tiêu, Mục tiêu), hoặc chọn một tệp danh mục (dòng lệnh: --catalogue; trong khung ChiTieu: “Nhập danh mục từ tệp…”).',
    en: 'There is no indicator catalogue and the form has no target column. Add a "Plan …" (or "Kế hoạch năm …") column to the form, add a sheet "Danh mục chỉ tiêu" (columns code, name, target), or choose a catalogue file (command line: --catalogue; in the ChiTieu pane: “Import a catalogue file…”).',
  },
  failNoDataSheet: {
    vi: 'Không tìm thấy trang số liệu nào có cột “Thực hiện” và cột “Mã” hoặc “Chỉ tiêu”. Thêm tiêu đề cột, hoặc chỉ ra trang bằng --sheet.',
    en: 'No data sheet found with an "Actual" column and a "Code" or "Indicator" column. Add the column headings, or name the sheet with --sheet.',
  },
  failUnknownSheet: { vi: 'Không có trang “{sheet}” trong sổ tính. Kiểm tra lại tên trang.', en: 'There is no sheet "{sheet}" in the workbook. Check the sheet name.' },
  failCatalogueEmpty: {
    vi: 'Danh mục “{sheet}” không có chỉ tiêu nào dùng được (cần cột Mã chỉ tiêu và Tên chỉ tiêu, mỗi dòng một chỉ tiêu). Bổ sung danh mục rồi chạy lại.',
    en: 'Catalogue "{sheet}" has no usable indicator (it needs code and name columns, one indicator per row). Complete it and run again.',
  },
  failUnknownColumn: {
    vi: 'Không có cột thực hiện “{column}” trên trang “{sheet}”. Ghi đúng tiêu đề cột hoặc chữ cái của cột.',
    en: 'There is no actual column "{column}" on sheet "{sheet}". Give the exact column heading or its letter.',
  },
  validationTitle: { vi: 'KẾT QUẢ KIỂM TRA SỐ LIỆU CHỈ TIÊU', en: 'INDICATOR DATA VALIDATION' },
  validationCounts: { vi: 'Có {errors} lỗi, {warnings} cảnh báo, {infos} thông tin.', en: '{errors} errors, {warnings} warnings, {infos} info.' },
  validationNone: { vi: 'Không phát hiện vấn đề nào.', en: 'No problems found.' },
  colSeverity: { vi: 'Mức độ', en: 'Severity' },
  colRule: { vi: 'Quy tắc', en: 'Rule' },
  colSheet: { vi: 'Trang', en: 'Sheet' },
  colCell: { vi: 'Ô', en: 'Cell' },
  colCode: { vi: 'Mã chỉ tiêu', en: 'Indicator code' },
  colMessage: { vi: 'Nội dung', en: 'Message' },
  generatedAt: { vi: 'Thời điểm lập: {time}', en: 'Generated: {time}' },
  summaryTitle: { vi: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU', en: 'INDICATOR ACHIEVEMENT SUMMARY' },
  dataSheets: { vi: 'Biểu số liệu: {sheets}', en: 'Data sheets: {sheets}' },
  period: { vi: 'Kỳ báo cáo: {period}', en: 'Period: {period}' },
  targetsFromForm: { vi: 'Mục tiêu: theo cột «{column}» của biểu', en: 'Targets: from the form\'s column «{column}»' },
  thresholds: { vi: 'Ngưỡng đánh giá: dưới {critical}% (đỏ), dưới {warning}% (vàng)', en: 'Thresholds: under {critical}% (red), under {warning}% (amber)' },
  byFieldTitle: { vi: '1. Kết quả theo lĩnh vực', en: '1. Results by field' },
  colField: { vi: 'Lĩnh vực', en: 'Field' },
  colTotal: { vi: 'Tổng số', en: 'Total' },
  colExceeded: { vi: 'Vượt', en: 'Exceeded' },
  colMet: { vi: 'Đạt', en: 'Met' },
  colHigh: { vi: '{warning}–<100 %', en: '{warning}–<100 %' },
  colMedium: { vi: '{critical}–<{warning} %', en: '{critical}–<{warning} %' },
  colLow: { vi: '<{critical} %', en: '<{critical} %' },
  colUnassessed: { vi: 'Chưa đánh giá', en: 'Not assessed' },
  totalRow: { vi: 'Tổng cộng', en: 'Total' },
  lowTitle: { vi: '2. Các chỉ tiêu đạt dưới {critical}%', en: '2. Indicators under {critical}%' },
  mediumTitle: { vi: '3. Các chỉ tiêu đạt từ {critical}% đến dưới {warning}%', en: '3. Indicators from {critical}% to under {warning}%' },
  none: { vi: '(Không có)', en: '(None)' },
  colStt: { vi: 'STT', en: 'No.' },
  colCodeShort: { vi: 'Mã', en: 'Code' },
  colName: { vi: 'Chỉ tiêu', en: 'Indicator' },
  colUnit: { vi: 'ĐVT', en: 'Unit' },
  colTarget: { vi: 'Mục tiêu', en: 'Target' },
  colActual: { vi: 'Thực hiện', en: 'Actual' },
  colRate: { vi: 'Tỷ lệ', en: 'Rate' },
  colAgency: { vi: 'Cơ quan chủ trì', en: 'Lead agency' },
  otherField: { vi: 'Khác', en: 'Other' },
  colBaselineRate: { vi: 'So với cùng kỳ (%)', en: 'Vs same period (%)' },
  overriddenNote: {
    vi: '(*) Đánh giá đã được điều chỉnh; xem danh sách “Điều chỉnh đánh giá”.',
    en: '(*) The assessment was overridden; see the list "Overridden assessments".',
  },
  overridesTitle: { vi: '{n}. Điều chỉnh đánh giá', en: '{n}. Overridden assessments' },
  colComputedBand: { vi: 'Kết quả tính', en: 'Computed result' },
  colOverride: { vi: 'Đánh giá điều chỉnh', en: 'Override' },
  colReason: { vi: 'Lý do (giải trình)', en: 'Reason' },
  fullTableTitle: { vi: '{n}. Kết quả thực hiện từng chỉ tiêu', en: '{n}. Results of every indicator' },
  chartTitle: { vi: 'Kết quả thực hiện chỉ tiêu theo lĩnh vực', en: 'Indicator results by field' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  notDone: { vi: 'Chưa hoàn thành', en: 'Not done' },
  milestone: { vi: 'Hoàn thành', en: 'Done' },
} as const satisfies MessageSection;

/** Counts the narrative sentence is built from. */
export interface NarrativeCounts {
  readonly total: number;
  readonly exceeded: number;
  readonly met: number;
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  readonly unassessed: number;
  readonly critical: number;
  readonly warning: number;
  /** Indicators whose assessment was overridden (with a reason), SPEC §5.2. */
  readonly overridden?: number;
}

/** The narrative sentence(s) of the meeting report. */
export const NARRATIVE = withParams({
  vi: (c: NarrativeCounts) => {
    const parts = [
      `Trong tổng số ${c.total} chỉ tiêu${c.overridden ? ` (trong đó ${c.overridden} chỉ tiêu được điều chỉnh đánh giá)` : ''}, có ${c.exceeded + c.met} chỉ tiêu đạt và vượt (${c.exceeded} vượt, ${c.met} đạt)`,
      `${c.high} chỉ tiêu đạt từ ${c.warning}% đến dưới 100%`,
      `${c.medium} chỉ tiêu đạt từ ${c.critical}% đến dưới ${c.warning}%`,
      `${c.low} chỉ tiêu đạt dưới ${c.critical}%`,
    ];
    if (c.unassessed > 0) parts.push(`${c.unassessed} chỉ tiêu chưa đánh giá`);
    return parts.join('; ') + '.';
  },
  en: (c) => {
    const parts = [
      `Of ${c.total} indicators${c.overridden ? ` (of which ${c.overridden} with an overridden assessment)` : ''}, ${c.exceeded + c.met} met or exceeded the target (${c.exceeded} exceeded, ${c.met} met)`,
      `${c.high} reached ${c.warning}% to under 100%`,
      `${c.medium} reached ${c.critical}% to under ${c.warning}%`,
      `${c.low} reached under ${c.critical}%`,
    ];
    if (c.unassessed > 0) parts.push(`${c.unassessed} were not assessed`);
    return parts.join('; ') + '.';
  },
});
