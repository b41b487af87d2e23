/** Rule messages of the issues, looked up by rule id, each in Vietnamese and English side by side. */
import type { RuleId } from '../model/model';
import type { Bilingual, MessageSection } from './entry';

/** Parameters a rule message is rendered from (issue fields merged with the rule's own params). */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A rule message: the parameters to one sentence. */
export type RuleMessage = (p: MessageParams) => string;

/** The column a `missing-column` issue asks for, by its `missing` parameter. */
export const MISSING_COLUMNS = {
  actual: { vi: 'cột “Thực hiện” (hoặc “Ước thực hiện”, “Kết quả”, “TH”)', en: 'an "Actual" column (or "Thực hiện", "Kết quả")' },
  'code-or-name': { vi: 'cột “Mã” hoặc cột “Chỉ tiêu”', en: 'a "Code" or "Indicator" column' },
} as const satisfies MessageSection;

/** What is wrong with a catalogue row, by the `problem` parameter of a `catalogue-invalid` issue. */
export const CATALOGUE_PROBLEMS = {
  'no-code': {
    vi: () => 'Dòng danh mục thiếu mã chỉ tiêu. Điền mã (ví dụ KT01) để dòng này được dùng.',
    en: () => 'This catalogue row has no indicator code. Fill in a code (e.g. KT01) so the row can be used.',
  },
  'no-name': {
    vi: (p) => `Chỉ tiêu ${p.code} trong danh mục thiếu tên. Điền tên chỉ tiêu.`,
    en: (p) => `Indicator ${p.code} in the catalogue has no name. Fill in its name.`,
  },
  'duplicate-code': {
    vi: (p) => `Mã ${p.code} bị trùng với dòng ${p.firstRow} của danh mục; chỉ dòng đầu được dùng. Đổi mã hoặc xóa dòng trùng.`,
    en: (p) => `Code ${p.code} repeats catalogue row ${p.firstRow}; only the first row is used. Change the code or delete the repeated row.`,
  },
  'bad-target': {
    vi: (p) => `Không đọc được mục tiêu “${p.value}” của ${p.code}. Ghi một số (15,8), ngưỡng (≥ 90, ≤ 1,5), khoảng (10-11), mức tăng/giảm so với năm gốc (tăng 10%, giảm 1,5 điểm phần trăm, gấp 2 lần) hoặc “Hoàn thành”.`,
    en: (p) => `The target "${p.value}" of ${p.code} cannot be read. Write a number (15.8), a bound (≥ 90, ≤ 1.5), a range (10-11), a change from the baseline (tăng 10%, giảm 1,5 điểm phần trăm, gấp 2 lần) or "Hoàn thành".`,
  },
  'bad-direction': {
    vi: (p) => `Không đọc được chiều đánh giá “${p.value}” của ${p.code}. Ghi “Tăng” hoặc “Giảm”.`,
    en: (p) => `The direction "${p.value}" of ${p.code} cannot be read. Write "Tăng" (increase) or "Giảm" (decrease).`,
  },

  invalid: { vi: () => 'Dòng danh mục không hợp lệ.', en: () => 'Invalid catalogue row.' },
} as const satisfies Readonly<Record<string, Bilingual<RuleMessage>>>;

/** The column text of a `missing` parameter in a language (the parameter itself when it names no known column). */
function missingColumn(p: MessageParams, lang: 'vi' | 'en'): string | number {
  const known = MISSING_COLUMNS[String(p.missing) as keyof typeof MISSING_COLUMNS] as Bilingual<string> | undefined;
  return known?.[lang] ?? p.missing;
}

/** The catalogue problem of a `problem` parameter (a generic sentence when it is not a known problem). */
function catalogueProblem(p: MessageParams): Bilingual<RuleMessage> {
  return (CATALOGUE_PROBLEMS[String(p.problem) as keyof typeof CATALOGUE_PROBLEMS] as Bilingual<RuleMessage> | undefined) ?? CATALOGUE_PROBLEMS.invalid;
}

/** Every rule's message, by rule id. */
export const RULE_MESSAGES: { readonly [R in RuleId]: Bilingual<RuleMessage> } = {
  'missing-column': {
    vi: (p) => `Trang “${p.sheet}” không có ${missingColumn(p, 'vi')}. Thêm tiêu đề cột đó trong 30 dòng đầu của trang.` + (p.header ? ` Tiêu đề đã đọc được: «${p.header}».` : ''),
    en: (p) => `Sheet "${p.sheet}" has no ${missingColumn(p, 'en')}. Add that column heading within the first 30 rows.` + (p.header ? ` Header as read: «${p.header}».` : ''),
  },
  'catalogue-invalid': {
    vi: (p) => catalogueProblem(p).vi(p),
    en: (p) => catalogueProblem(p).en(p),
  },
  'unknown-indicator': {
    vi: (p) =>
      `Chỉ tiêu “${p.value}” không có trong danh mục.` + (p.suggestion ? ` Có phải là ${p.suggestion}? Sửa mã cho đúng.` : ' Kiểm tra lại mã hoặc bổ sung chỉ tiêu vào danh mục.'),
    en: (p) =>
      `Indicator "${p.value}" is not in the catalogue.` + (p.suggestion ? ` Did you mean ${p.suggestion}? Correct the code.` : ' Check the code or add the indicator to the catalogue.'),
  },
  'name-mismatch': {
    vi: (p) => `Tên “${p.name}” khác tên trong danh mục “${p.expected}”. Kiểm tra đúng mã ${p.code} chưa, hoặc sửa tên cho khớp.`,
    en: (p) => `Name "${p.name}" differs from the catalogue's "${p.expected}". Check that code ${p.code} is right, or correct the name.`,
  },
  'duplicate-indicator': {
    vi: (p) => `Chỉ tiêu ${p.code} đã có ở ô ${p.firstCell}; dòng này không được tính. Xóa dòng trùng hoặc sửa mã.`,
    en: (p) => `Indicator ${p.code} already appears at ${p.firstCell}; this row is not counted. Delete the repeated row or correct its code.`,
  },
  'missing-indicator': {
    vi: (p) => `Chỉ tiêu ${p.code} “${p.name}” chưa có dòng số liệu nên được tính “Chưa đánh giá”. Bổ sung dòng cho chỉ tiêu này.`,
    en: (p) => `Indicator ${p.code} "${p.name}" has no data row, so it counts as not assessed. Add a row for it.`,
  },
  'empty-actual': {
    vi: (p) => `Chỉ tiêu ${p.code} chưa có số thực hiện. Nhập số thực hiện của kỳ báo cáo.`,
    en: (p) => `Indicator ${p.code} has no actual value. Enter the actual for the period.`,
  },
  'not-a-number': {
    vi: (p) => p.of === 'target'
      ? `Không đọc được mục tiêu “${p.value}”. Ghi một số (15,8), ngưỡng (≥ 90, ≤ 1,5), khoảng (10-11), mức tăng/giảm so với năm gốc (tăng 10%, giảm 1,5 điểm phần trăm, gấp 2 lần) hoặc “Hoàn thành”.`
      : `Không đọc được “${p.value}” là số. Nhập một số (ví dụ 12,5), phân số (47/107) hoặc “Hoàn thành”/“Chưa hoàn thành”.`,
    en: (p) => p.of === 'target'
      ? `The target "${p.value}" cannot be read. Write a number (15.8), a bound (≥ 90, ≤ 1.5), a range (10-11), a change from the baseline (tăng 10%, giảm 1,5 điểm phần trăm, gấp 2 lần) or "Hoàn thành".`
      : `"${p.value}" cannot be read as a number. Enter a number (e.g. 12.5), a fraction (47/107) or "Hoàn thành"/"Chưa hoàn thành".`,
  },
  'formula-error': {
    vi: (p) => `Ô có lỗi công thức ${p.value}. Sửa công thức hoặc nhập giá trị trực tiếp; lỗi không được coi là số 0.`,
    en: (p) => `The cell holds the formula error ${p.value}. Fix the formula or type the value; an error is never taken as zero.`,
  },
  'ambiguous-number': {
    vi: (p) => `“${p.value}” có thể hiểu hai cách; đã đọc là ${p.read}. Nếu không đúng, ghi rõ (ví dụ ${p.alternative}).`,
    en: (p) => `"${p.value}" can be read two ways; it was read as ${p.read}. If that is wrong, write it unambiguously (e.g. ${p.alternative}).`,
  },
  'missing-target': {
    vi: (p) => `Chỉ tiêu ${p.code} chưa có mục tiêu trong danh mục lẫn trên dòng. Bổ sung mục tiêu vào danh mục.`,
    en: (p) => `Indicator ${p.code} has no target in the catalogue or on its row. Add the target to the catalogue.`,
  },
  'target-mismatch': {
    vi: (p) => `Mục tiêu trên dòng (${p.rowTarget}) khác danh mục (${p.catalogueTarget}); đã dùng mục tiêu của danh mục. Sửa cho thống nhất.`,
    en: (p) => `The row's target (${p.rowTarget}) differs from the catalogue's (${p.catalogueTarget}); the catalogue's was used. Make them agree.`,
  },
  'unit-converted': {
    vi: (p) => `Đã đổi đơn vị từ “${p.from}” sang “${p.to}” của danh mục.`,
    en: (p) => `The unit was converted from "${p.from}" to the catalogue's "${p.to}".`,
  },
  'unit-mismatch': {
    vi: (p) => `Đơn vị “${p.from}” không đổi được sang “${p.to}” của danh mục nên chưa đánh giá. Ghi số theo đơn vị “${p.to}”.`,
    en: (p) => `Unit "${p.from}" cannot be converted to the catalogue's "${p.to}", so the row is not assessed. Enter the value in "${p.to}".`,
  },
  magnitude: {
    vi: (p) => `Thực hiện ${p.actual} so với mục tiêu ${p.target} chênh lệch quá lớn; có thể nhầm đơn vị hoặc gõ sai. Kiểm tra lại số liệu.`,
    en: (p) => `Actual ${p.actual} against target ${p.target} is off by a factor of 100 or more: likely a unit or typing slip. Check the figure.`,
  },
  'rate-mismatch': {
    vi: (p) => p.comparison === 'baseline'
      ? `Tỷ lệ so với cùng kỳ ghi trên dòng (${p.stated}%) khác tỷ lệ tính được (${p.computed}%). Sửa tỷ lệ hoặc số thực hiện, số cùng kỳ.`
      : `Tỷ lệ so với kế hoạch ghi trên dòng (${p.stated}%) khác tỷ lệ tính được (${p.computed}%). Sửa tỷ lệ hoặc số thực hiện.`,
    en: (p) => p.comparison === 'baseline'
      ? `The stated rate of the same period last year (${p.stated}%) differs from the computed one (${p.computed}%). Correct the rate, the actual or the baseline.`
      : `The stated rate of the target (${p.stated}%) differs from the computed one (${p.computed}%). Correct the rate or the actual.`,
  },
  'assessment-mismatch': {
    vi: (p) => `Tự đánh giá “${p.stated}” không khớp kết quả tính được “${p.band}”. Sửa đánh giá, hoặc ghi “Đánh giá điều chỉnh” kèm lý do.`,
    en: (p) => `The stated assessment "${p.stated}" contradicts the computed result "${p.band}". Correct it, or fill in an override with a reason.`,
  },
  'override-without-reason': {
    vi: (p) => `Đánh giá điều chỉnh “${p.override}” chưa có lý do nên chưa được áp dụng. Ghi lý do (giải trình) vào cột “Lý do”.`,
    en: (p) => `The override "${p.override}" has no reason, so it is not applied. Write the reason in the "Lý do" column.`,
  },
  'missing-baseline': {
    vi: (p) => `Mục tiêu “${p.target}” của ${p.code} là mức tăng/giảm nhưng không có số cùng kỳ (năm gốc) để tính. Thêm cột “Cùng kỳ” hoặc “Thực hiện năm trước”.`,
    en: (p) => `The target "${p.target}" of ${p.code} is a change, but there is no baseline (same period last year) to measure it from. Add a "Cùng kỳ" or "Thực hiện năm trước" column.`,
  },
  'breakdown-exceeds-total': {
    vi: (p) => `Phần “${p.part}” (${p.value}) lớn hơn tổng của chỉ tiêu ${p.code} (${p.total}). Kiểm tra lại số của phần hoặc của tổng.`,
    en: (p) => `The part "${p.part}" (${p.value}) is larger than the total of indicator ${p.code} (${p.total}). Check the part or the total.`,
  },
  'table-not-read': {
    vi: (p) => `Bảng bắt đầu ở dòng ${p.row} nằm dưới phần ký tên (dòng ${p.footerRow}) nên không được đọc. Nếu cần kiểm tra, chuyển bảng đó sang một trang riêng.`,
    en: (p) => `The table starting at row ${p.row} lies below the signature block (row ${p.footerRow}) and was not read. To check it, move it to a sheet of its own.`,
  },
  'duplicate-unit': {
    vi: (p) => `Tệp “${p.file}” cũng là báo cáo của ${p.unit} (đã có từ tệp “${p.firstFile}”); tệp sau không được cộng. Bỏ tệp trùng hoặc sửa tên đơn vị.`,
    en: (p) => `File "${p.file}" is also a report of ${p.unit} (already read from "${p.firstFile}"); the later file is not added. Remove the duplicate or correct the unit name.`,
  },
  'unreadable-unit': {
    vi: (p) => `Không đọc được tệp “${p.file}” của đơn vị ${p.unit}: ${p.reason}. Lưu lại tệp dưới dạng .xlsx rồi tổng hợp lại.`,
    en: (p) => `The file "${p.file}" of unit ${p.unit} cannot be read: ${p.reason}. Save it as .xlsx and consolidate again.`,
  },
};
