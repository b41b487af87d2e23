/**
 * Header recognition (SPEC §2): synonyms of each logical column, tolerant matching with period
 * qualifiers ("Thực hiện 2023"), and detection of the header row below a title block.
 */
import type { ColumnNumbers } from './column-numbers';
import type { ColumnKind, SheetData } from '../model/model';
import { collapseSpaces, foldText, memoizeString, stripBracketed } from '../text/normalize';
import { comparisonKind } from './comparison-header';

/** Header synonyms of every column kind, Vietnamese and English, as users write them. */
export const HEADER_SYNONYMS: Readonly<Record<ColumnKind, readonly string[]>> = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'No.', 'No', '#', 'Thứ tự'],
  code: ['Mã', 'Mã chỉ tiêu', 'Mã số', 'Mã CT', 'Mã số chỉ tiêu', 'Ký hiệu', 'Code', 'ID', 'Indicator code'],
  name: ['Chỉ tiêu', 'Tên chỉ tiêu', 'Nội dung', 'Nội dung chỉ tiêu', 'Các chỉ tiêu', 'Chỉ tiêu chủ yếu',
    'Tên', 'Indicator', 'Name', 'Indicator name'],
  field: ['Lĩnh vực', 'Nhóm', 'Nhóm chỉ tiêu', 'Ngành', 'Ngành, lĩnh vực', 'Field', 'Group', 'Sector'],
  unit: ['Đơn vị tính', 'ĐVT', 'Đơn vị', 'Đơn vị đo', 'Unit'],
  direction: ['Chiều', 'Chiều đánh giá', 'Chiều hướng', 'Xu hướng', 'Direction', 'Polarity'],
  target: ['Mục tiêu', 'Kế hoạch', 'Chỉ tiêu kế hoạch', 'Mục tiêu NQ', 'Mục tiêu Nghị quyết', 'KH',
    'Chỉ tiêu NQ', 'Chỉ tiêu Nghị quyết', 'Kế hoạch giao', 'KH giao', 'Chỉ tiêu giao', 'Chỉ tiêu được giao',
    'Target', 'Plan'],
  actual: ['Thực hiện', 'Ước thực hiện', 'Kết quả', 'TH', 'Kết quả thực hiện', 'Ước TH', 'Ước đạt',
    'Thực hiện ước', 'Kết quả đạt được', 'Số thực hiện', 'Actual', 'Result'],
  statedRate: ['Tỷ lệ', 'So sánh', '% so KH', 'Tỷ lệ hoàn thành', 'Tỷ lệ thực hiện', 'Tỷ lệ đạt',
    '% so với KH', '% so với kế hoạch', '% so kế hoạch', 'Tỷ lệ % so với KH', 'Tỷ lệ so với kế hoạch',
    'Tỷ lệ % hoàn thành', '% hoàn thành', '% thực hiện', 'TH so KH', 'TH/KH', '% TH/KH', 'TH so với KH',
    'So sánh với KH', 'So sánh với kế hoạch', 'So với KH', 'So với kế hoạch', 'Rate', '% of target',
    'Achievement rate'],
  assessment: ['Đánh giá', 'Tự đánh giá', 'Kết quả đánh giá', 'Đánh giá kết quả', 'Đánh giá mức độ hoàn thành',
    'Mức độ hoàn thành', 'Assessment', 'Self-assessment'],
  override: ['Đánh giá điều chỉnh', 'Điều chỉnh đánh giá', 'Đánh giá lại', 'Override'],
  reason: ['Lý do', 'Nguyên nhân', 'Giải trình', 'Lý do chưa đạt', 'Nguyên nhân chưa đạt', 'Giải trình lý do',
    'Lý do điều chỉnh', 'Reason', 'Explanation'],
  agency: ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Cơ quan thực hiện', 'Đơn vị thực hiện', 'Cơ quan phụ trách',
    'Đơn vị phụ trách', 'Cơ quan chịu trách nhiệm', 'Lead agency', 'Agency', 'Responsible agency'],
  note: ['Ghi chú', 'Note', 'Notes', 'Remarks', 'Comment', 'Comments'],
  baseline: ['Cùng kỳ', 'Cùng kỳ năm trước', 'TH cùng kỳ', 'Thực hiện cùng kỳ', 'Thực hiện năm trước', 'Năm trước',
    'Kỳ trước', 'Cơ sở', 'Năm gốc', 'Same period last year', 'Previous', 'Previous year', 'Baseline'],
  statedBaselineRate: ['So cùng kỳ', 'So với cùng kỳ', 'So cùng kỳ năm trước', 'So với cùng kỳ năm trước', '% so cùng kỳ',
    'TH/CK', 'TH so CK', 'So với năm trước', 'So năm trước', '% so với cùng kỳ', 'Tỷ lệ so cùng kỳ', 'vs same period', 'vs previous year'],
};

/** Synonyms that mean another kind when a period qualifier follows ("Chỉ tiêu năm 2025" is a target). */
const QUALIFIED_KIND: Readonly<Record<string, ColumnKind>> = { 'chi tieu': 'target' };

/** Word aliases inside header keys ("tỉ lệ" = "tỷ lệ", "lí do" = "lý do"). */
const KEY_WORD_ALIASES: ReadonlyMap<string, string> = new Map([['ti', 'ty'], ['li', 'ly']]);

/** Start of a period qualifier following a synonym. */
const QUALIFIER = new RegExp(
  '^(?:(?:19|20)\\d{2}(?!\\d)|\\d{1,2} ?(?:thang|t)\\b|\\d{1,2}/\\d{2,4}\\b|' +
    '(?:nam|thang|quy|ky|nhiem ky|giua nhiem ky|giua ky|ca nam|den|luy ke|giai doan|dau nam|cuoi nam|uoc|' +
    'so bo|chinh thuc|lan|dot|ngay|tuan|year|fy|q[1-4]|h[12]|ytd|full year|mid term|midterm|to date|as of|period)\\b)',
);
const NON_KEY = /[^a-z0-9%/#]+/g;

/** Computes a header's matching key (uncached). */
function computeKey(text: string): string {
  const folded = foldText(stripBracketed(text)).replace(NON_KEY, ' ');
  return collapseSpaces(folded)
    .split(' ')
    .map((w) => KEY_WORD_ALIASES.get(w) ?? w)
    .join(' ');
}

/** Header text reduced for matching: folded, no bracketed notes or punctuation, aliases applied. */
const headerKey = memoizeString(computeKey);

const EXACT = new Map<string, ColumnKind>();
for (const [kind, list] of Object.entries(HEADER_SYNONYMS) as [ColumnKind, readonly string[]][]) {
  for (const s of list) {
    const key = computeKey(s);
    if (key && !EXACT.has(key)) EXACT.set(key, kind);
  }
}
/** Synonym keys, longest first, for qualified matching. */
const BY_LENGTH: readonly (readonly [string, ColumnKind])[] = [...EXACT.entries()].sort((a, b) => b[0].length - a[0].length);

/** Computes the kind of a header (uncached). */
function computeMatch(text: string): ColumnKind | null {
  const key = headerKey(text);
  if (!key) return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  const comparison = comparisonKind(key);
  if (comparison) return comparison;
  for (const [syn, kind] of BY_LENGTH) {
    if (key.length > syn.length && key.startsWith(syn) && key[syn.length] === ' ' && QUALIFIER.test(key.slice(syn.length + 1))) {
      return QUALIFIED_KIND[syn] ?? kind;
    }
  }
  return null;
}

const cachedMatch = memoizeString(computeMatch);

/** The column kind a header names, ignoring case, diacritics, spacing, notes and a trailing period qualifier. */
export function matchHeader(text: string): ColumnKind | undefined {
  if (typeof text !== 'string' || text.length === 0 || text.length > 200) return undefined;
  return cachedMatch(text) ?? undefined;
}

/** A recognised header: its last row's 0-based index and every recognised column (stacked forms: see src/core/forms). */
export interface HeaderRow {
  /** The last header row; data starts below it (or below the column-number row). */
  readonly rowIndex: number;
  readonly columns: ReadonlyArray<{ readonly kind: ColumnKind; readonly col: number; readonly text: string }>;
  /** The first header row of a stacked header (SPEC §2.1); absent means rowIndex. */
  readonly firstRowIndex?: number;
  /** The column-number row right under the header, when there is one. */
  readonly columnNumbers?: ColumnNumbers;
  /** The first row that may hold data; absent means rowIndex + 1. */
  readonly bodyStart?: number;
}

/** The first of the first `maxRows` rows whose recognised kinds satisfy `isEnough`, or undefined. */
export function findHeaderRow(
  sheet: SheetData,
  isEnough: (kinds: ReadonlySet<ColumnKind>) => boolean,
  maxRows = 30,
): HeaderRow | undefined {
  const rows = sheet.rows;
  const limit = Math.min(rows.length, maxRows);
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    if (!row) continue;
    const columns: { kind: ColumnKind; col: number; text: string }[] = [];
    const kinds = new Set<ColumnKind>();
    for (let c = 0; c < row.length; c++) {
      const value = row[c]?.value;
      if (typeof value !== 'string') continue;
      const kind = matchHeader(value);
      if (!kind) continue;
      columns.push({ kind, col: c, text: value });
      kinds.add(kind);
    }
    if (kinds.size > 0 && isEnough(kinds)) return { rowIndex: r, columns };
  }
  return undefined;
}
