import type { Band } from '../model/model';
import { formatWithSeparators } from './format-number';
import type { Dictionary, MessageParams } from './types';

const COLUMN_VI: Readonly<Record<string, string>> = {
  actual: 'cột “Thực hiện” (hoặc “Ước thực hiện”, “Kết quả”, “TH”)',
  'code-or-name': 'cột “Mã” hoặc cột “Chỉ tiêu”',
};

const CATALOGUE_VI: Readonly<Record<string, (p: MessageParams) => string>> = {
  'no-code': () => 'Dòng danh mục thiếu mã chỉ tiêu. Điền mã (ví dụ KT01) để dòng này được dùng.',
  'no-name': (p) => `Chỉ tiêu ${p.code} trong danh mục thiếu tên. Điền tên chỉ tiêu.`,
  'duplicate-code': (p) => `Mã ${p.code} bị trùng với dòng ${p.firstRow} của danh mục; chỉ dòng đầu được dùng. Đổi mã hoặc xóa dòng trùng.`,
  'bad-target': (p) => `Không đọc được mục tiêu “${p.value}” của ${p.code}. Ghi một số (15,8), ngưỡng (≥ 90, ≤ 1,5), khoảng (10-11), mức tăng/giảm so với năm gốc (tăng 10%, giảm 1,5 điểm phần trăm, gấp 2 lần) hoặc “Hoàn thành”.`,
  'bad-direction': (p) => `Không đọc được chiều đánh giá “${p.value}” của ${p.code}. Ghi “Tăng” hoặc “Giảm”.`,
};

function band(b: Band, critical: number, warning: number): string {
  const labels: Record<Band, string> = {
    exceeded: 'Vượt',
    met: 'Đạt',
    high: `Đạt từ ${warning}% đến dưới 100%`,
    medium: `Đạt từ ${critical}% đến dưới ${warning}%`,
    low: `Đạt dưới ${critical}%`,
    unassessed: 'Chưa đánh giá',
  };
  return labels[b];
}

/** Vietnamese words of ChiTieu. */
export const VI: Dictionary = {
  rules: {
    'missing-column': (p) => `Trang “${p.sheet}” không có ${COLUMN_VI[String(p.missing)] ?? p.missing}. Thêm tiêu đề cột đó trong 30 dòng đầu của trang.` + (p.header ? ` Tiêu đề đã đọc được: «${p.header}».` : ''),
    'catalogue-invalid': (p) => (CATALOGUE_VI[String(p.problem)] ?? (() => 'Dòng danh mục không hợp lệ.'))(p),
    'unknown-indicator': (p) =>
      `Chỉ tiêu “${p.value}” không có trong danh mục.` + (p.suggestion ? ` Có phải là ${p.suggestion}? Sửa mã cho đúng.` : ' Kiểm tra lại mã hoặc bổ sung chỉ tiêu vào danh mục.'),
    'name-mismatch': (p) => `Tên “${p.name}” khác tên trong danh mục “${p.expected}”. Kiểm tra đúng mã ${p.code} chưa, hoặc sửa tên cho khớp.`,
    'duplicate-indicator': (p) => `Chỉ tiêu ${p.code} đã có ở ô ${p.firstCell}; dòng này không được tính. Xóa dòng trùng hoặc sửa mã.`,
    'missing-indicator': (p) => `Chỉ tiêu ${p.code} “${p.name}” chưa có dòng số liệu nên được tính “Chưa đánh giá”. Bổ sung dòng cho chỉ tiêu này.`,
    'empty-actual': (p) => `Chỉ tiêu ${p.code} chưa có số thực hiện. Nhập số thực hiện của kỳ báo cáo.`,
    'not-a-number': (p) => p.of === 'target'
      ? `Không đọc được mục tiêu “${p.value}”. Ghi một số (15,8), ngưỡng (≥ 90, ≤ 1,5), khoảng (10-11), mức tăng/giảm so với năm gốc (tăng 10%, giảm 1,5 điểm phần trăm, gấp 2 lần) hoặc “Hoàn thành”.`
      : `Không đọc được “${p.value}” là số. Nhập một số (ví dụ 12,5), phân số (47/107) hoặc “Hoàn thành”/“Chưa hoàn thành”.`,
    'formula-error': (p) => `Ô có lỗi công thức ${p.value}. Sửa công thức hoặc nhập giá trị trực tiếp; lỗi không được coi là số 0.`,
    'ambiguous-number': (p) => `“${p.value}” có thể hiểu hai cách; đã đọc là ${p.read}. Nếu không đúng, ghi rõ (ví dụ ${p.alternative}).`,
    'missing-target': (p) => `Chỉ tiêu ${p.code} chưa có mục tiêu trong danh mục lẫn trên dòng. Bổ sung mục tiêu vào danh mục.`,
    'target-mismatch': (p) => `Mục tiêu trên dòng (${p.rowTarget}) khác danh mục (${p.catalogueTarget}); đã dùng mục tiêu của danh mục. Sửa cho thống nhất.`,
    'unit-converted': (p) => `Đã đổi đơn vị từ “${p.from}” sang “${p.to}” của danh mục.`,
    'unit-mismatch': (p) => `Đơn vị “${p.from}” không đổi được sang “${p.to}” của danh mục nên chưa đánh giá. Ghi số theo đơn vị “${p.to}”.`,
    magnitude: (p) => `Thực hiện ${p.actual} so với mục tiêu ${p.target} chênh lệch quá lớn; có thể nhầm đơn vị hoặc gõ sai. Kiểm tra lại số liệu.`,
    'rate-mismatch': (p) => p.comparison === 'baseline'
      ? `Tỷ lệ so với cùng kỳ ghi trên dòng (${p.stated}%) khác tỷ lệ tính được (${p.computed}%). Sửa tỷ lệ hoặc số thực hiện, số cùng kỳ.`
      : `Tỷ lệ so với kế hoạch ghi trên dòng (${p.stated}%) khác tỷ lệ tính được (${p.computed}%). Sửa tỷ lệ hoặc số thực hiện.`,
    'assessment-mismatch': (p) => `Tự đánh giá “${p.stated}” không khớp kết quả tính được “${p.band}”. Sửa đánh giá, hoặc ghi “Đánh giá điều chỉnh” kèm lý do.`,
    'override-without-reason': (p) => `Đánh giá điều chỉnh “${p.override}” chưa có lý do nên chưa được áp dụng. Ghi lý do (giải trình) vào cột “Lý do”.`,
    'missing-baseline': (p) => `Mục tiêu “${p.target}” của ${p.code} là mức tăng/giảm nhưng không có số cùng kỳ (năm gốc) để tính. Thêm cột “Cùng kỳ” hoặc “Thực hiện năm trước”.`,
    'breakdown-exceeds-total': (p) => `Phần “${p.part}” (${p.value}) lớn hơn tổng của chỉ tiêu ${p.code} (${p.total}). Kiểm tra lại số của phần hoặc của tổng.`,
    'table-not-read': (p) => `Bảng bắt đầu ở dòng ${p.row} nằm dưới phần ký tên (dòng ${p.footerRow}) nên không được đọc. Nếu cần kiểm tra, chuyển bảng đó sang một trang riêng.`,
    'duplicate-unit': (p) => `Tệp “${p.file}” cũng là báo cáo của ${p.unit} (đã có từ tệp “${p.firstFile}”); tệp sau không được cộng. Bỏ tệp trùng hoặc sửa tên đơn vị.`,
    'unreadable-unit': (p) => `Không đọc được tệp “${p.file}” của đơn vị ${p.unit}: ${p.reason}. Lưu lại tệp dưới dạng .xlsx rồi tổng hợp lại.`,
  },
  band,
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  sheetNames: { validation: 'Kiểm tra', summary: 'Tổng hợp' },
  text: {
    failNoCatalogue: 'Không có danh mục chỉ tiêu và biểu không có cột mục tiêu. Thêm cột “Kế hoạch năm …” (hoặc “Mục tiêu”) vào biểu, thêm trang “Danh mục chỉ tiêu” (cột Mã chỉ tiêu, Tên chỉ tiêu, Mục tiêu), hoặc chỉ ra danh mục bằng --catalogue.',
    failNoDataSheet: 'Không tìm thấy trang số liệu nào có cột “Thực hiện” và cột “Mã” hoặc “Chỉ tiêu”. Thêm tiêu đề cột, hoặc chỉ ra trang bằng --sheet.',
    failUnknownSheet: 'Không có trang “{sheet}” trong sổ tính. Kiểm tra lại tên trang.',
    failCatalogueEmpty: 'Danh mục “{sheet}” không có chỉ tiêu nào dùng được (cần cột Mã chỉ tiêu và Tên chỉ tiêu, mỗi dòng một chỉ tiêu). Bổ sung danh mục rồi chạy lại.',
    failUnknownColumn: 'Không có cột thực hiện “{column}” trên trang “{sheet}”. Ghi đúng tiêu đề cột hoặc chữ cái của cột.',
    validationTitle: 'KẾT QUẢ KIỂM TRA SỐ LIỆU CHỈ TIÊU',
    validationCounts: 'Có {errors} lỗi, {warnings} cảnh báo, {infos} thông tin.',
    validationNone: 'Không phát hiện vấn đề nào.',
    colSeverity: 'Mức độ',
    colRule: 'Quy tắc',
    colSheet: 'Trang',
    colCell: 'Ô',
    colCode: 'Mã chỉ tiêu',
    colMessage: 'Nội dung',
    generatedAt: 'Thời điểm lập: {time}',
    summaryTitle: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
    dataSheets: 'Biểu số liệu: {sheets}',
    period: 'Kỳ báo cáo: {period}',
    targetsFromForm: 'Mục tiêu: theo cột «{column}» của biểu',
    thresholds: 'Ngưỡng đánh giá: dưới {critical}% (đỏ), dưới {warning}% (vàng)',
    byFieldTitle: '1. Kết quả theo lĩnh vực',
    colField: 'Lĩnh vực',
    colTotal: 'Tổng số',
    colExceeded: 'Vượt',
    colMet: 'Đạt',
    colHigh: '{warning}–<100 %',
    colMedium: '{critical}–<{warning} %',
    colLow: '<{critical} %',
    colUnassessed: 'Chưa đánh giá',
    totalRow: 'Tổng cộng',
    lowTitle: '2. Các chỉ tiêu đạt dưới {critical}%',
    mediumTitle: '3. Các chỉ tiêu đạt từ {critical}% đến dưới {warning}%',
    none: '(Không có)',
    colStt: 'STT',
    colCodeShort: 'Mã',
    colName: 'Chỉ tiêu',
    colUnit: 'ĐVT',
    colTarget: 'Mục tiêu',
    colActual: 'Thực hiện',
    colRate: 'Tỷ lệ',
    colAgency: 'Cơ quan chủ trì',
    otherField: 'Khác',
    colBaselineRate: 'So với cùng kỳ (%)',
    overriddenNote: '(*) Đánh giá đã được điều chỉnh; xem danh sách “Điều chỉnh đánh giá”.',
    overridesTitle: '{n}. Điều chỉnh đánh giá',
    colComputedBand: 'Kết quả tính',
    colOverride: 'Đánh giá điều chỉnh',
    colReason: 'Lý do (giải trình)',
    fullTableTitle: '{n}. Kết quả thực hiện từng chỉ tiêu',
    chartTitle: 'Kết quả thực hiện chỉ tiêu theo lĩnh vực',
    done: 'Hoàn thành',
    notDone: 'Chưa hoàn thành',
    milestone: 'Hoàn thành',
  },
  narrative: (c) => {
    const parts = [
      `Trong tổng số ${c.total} chỉ tiêu${c.overridden ? ` (trong đó ${c.overridden} chỉ tiêu được điều chỉnh đánh giá)` : ''}, có ${c.exceeded + c.met} chỉ tiêu đạt và vượt (${c.exceeded} vượt, ${c.met} đạt)`,
      `${c.high} chỉ tiêu đạt từ ${c.warning}% đến dưới 100%`,
      `${c.medium} chỉ tiêu đạt từ ${c.critical}% đến dưới ${c.warning}%`,
      `${c.low} chỉ tiêu đạt dưới ${c.critical}%`,
    ];
    if (c.unassessed > 0) parts.push(`${c.unassessed} chỉ tiêu chưa đánh giá`);
    return parts.join('; ') + '.';
  },
  formatNumber: (n, digits = 2) => formatWithSeparators(n, '.', ',', digits),
};
