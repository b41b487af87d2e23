/**
 * A province department's annual form whose stated comparisons are formulas with the values Excel
 * cached ("=F9/E9*100", "=F13/E13" formatted 0.0%), one of them dividing by the wrong column.
 * The previous year is an actual column ("Thực hiện năm 2023" before "Thực hiện năm 2024").
 */
import type { Worksheet } from 'exceljs';
import { formula } from '../fixture-xlsx';
import { addCatalogueSheet } from './catalogue-sheet';
import type { FormFixture } from './form-fixture';
import { formWorkbook, group, ind } from './form-fixture';
import { districtFooter } from './form-parts';
import type { FormColumn, FormRow } from './form-writer';

const COLUMNS: readonly FormColumn[] = [
  { key: 'stt', head: ['STT'], width: 6 },
  { key: 'name', head: ['Chỉ tiêu'] },
  { key: 'unit', head: ['Đơn vị tính'], width: 14 },
  { key: 'prev', head: ['Thực hiện năm 2023'] },
  { key: 'plan', head: ['Kế hoạch năm 2024'] },
  { key: 'actual', head: ['Thực hiện năm 2024'] },
  { key: 'vsPlan', head: ['So sánh (%)', 'TH/KH'] },
  { key: 'vsPrev', head: ['So sánh (%)', 'TH/CK'] },
];

const ROWS: readonly FormRow[] = [
  group('A', 'KINH TẾ'),
  ind(1, 'Tốc độ tăng trưởng kinh tế (GRDP)', '%', { prev: 7.2, plan: 7.5, actual: 7.1 }),
  ind(2, 'Thu nhập bình quân đầu người', 'Triệu đồng/người/năm', { prev: 52, plan: 58, actual: 56.5 }),
  ind(3, 'Số doanh nghiệp thành lập mới', 'Doanh nghiệp', { prev: 48, plan: 'tăng 15%', actual: 52 }),
  group('B', 'XÃ HỘI - MÔI TRƯỜNG'),
  ind(4, 'Tỷ lệ hộ nghèo', '%', { prev: 3.1, plan: 'giảm 0,5 điểm phần trăm', actual: 2.8 }),
  ind(5, 'Số xã đạt chuẩn nông thôn mới', 'Xã', { prev: 9, plan: 11, actual: 10 }),
  ind(6, 'Tỷ lệ che phủ rừng', '%', { prev: 61.2, plan: 61.5, actual: 61.8 }),
];

/** Row numbers D (last year), E (plan), F (actual). */
type Nums = Readonly<Record<'D' | 'E' | 'F', number>>;
/** A stated comparison: the formula text ({r} = row) and the value Excel caches for it. */
type Stated = readonly [string, (n: Nums) => number];

const ofPlan: Stated = ['F{r}/E{r}*100', (n) => (n.F / n.E) * 100];
const ofPrev: Stated = ['F{r}/D{r}*100', (n) => (n.F / n.D) * 100];

/** How each row (by STT) states its comparisons; `percentCells` rows hold fractions formatted 0.0%. */
const STATED: Readonly<Record<string, { readonly vsPlan?: Stated; readonly vsPrev: Stated; readonly percentCells?: boolean }>> = {
  '1': { vsPlan: ofPlan, vsPrev: ofPrev },
  '2': { vsPlan: ofPlan, vsPrev: ofPrev },
  '3': { vsPlan: ['F{r}/(D{r}*1.15)*100', (n) => (n.F / (n.D * 1.15)) * 100], vsPrev: ofPrev },
  '4': { vsPrev: ofPrev },
  // The plan comparison divides by last year's figure: a slip the check must catch.
  '5': { vsPlan: ofPrev, vsPrev: ofPrev },
  '6': { vsPlan: ['F{r}/E{r}', (n) => n.F / n.E], vsPrev: ['F{r}/D{r}', (n) => n.F / n.D], percentCells: true },
};

/** Writes the comparison formulas with their cached results into the body rows. */
function addFormulas(ws: Worksheet): void {
  ws.eachRow((row, r) => {
    const stt = row.getCell(1).value;
    const stated = typeof stt === 'number' ? STATED[String(stt)] : undefined;
    if (!stated) return;
    const nums: Nums = { D: Number(row.getCell(4).value), E: Number(row.getCell(5).value), F: Number(row.getCell(6).value) };
    for (const [col, comparison] of [[7, stated.vsPlan], [8, stated.vsPrev]] as const) {
      if (!comparison) continue;
      const cell = row.getCell(col);
      cell.value = formula(comparison[0].replace(/\{r\}/g, String(r)), comparison[1](nums));
      cell.numFmt = stated.percentCells ? '0.0%' : '0.0';
    }
  });
}

/** The form with formula comparisons, and its catalogue. */
export const statedRateFormulas: FormFixture = {
  file: 'stated-rate-formulas.xlsx',
  about:
    'SPEC §5.1, §3: stated "So sánh (%)" TH/KH and TH/CK as formulas with cached values (plain and percent-formatted); one divides by last year instead of the plan (rate-mismatch); the previous-year actual column is the baseline.',
  exit: 0,
  build: () => {
    const wb = formWorkbook([
      [
        'Báo cáo năm 2024',
        {
          issuer: ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'TỈNH LẠNG SƠN'],
          titles: ['BIỂU TỔNG HỢP', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024'],
          columns: COLUMNS,
          rows: ROWS,
          footer: districtFooter([]),
        },
      ],
    ]);
    addFormulas(wb.getWorksheet('Báo cáo năm 2024') as Worksheet);
    addCatalogueSheet(wb, 'DANH MỤC CHỈ TIÊU NGHỊ QUYẾT NĂM 2024', [
      { code: '01', name: 'Tốc độ tăng trưởng kinh tế (GRDP)', field: 'Kinh tế', unit: '%', target: 7.5 },
      { code: '02', name: 'Thu nhập bình quân đầu người', field: 'Kinh tế', unit: 'Triệu đồng/người/năm', target: 58 },
      { code: '03', name: 'Số doanh nghiệp thành lập mới', field: 'Kinh tế', unit: 'Doanh nghiệp', target: 'tăng 15%' },
      { code: '04', name: 'Tỷ lệ hộ nghèo', field: 'Xã hội - Môi trường', unit: '%', target: 'giảm 0,5 điểm phần trăm' },
      { code: '05', name: 'Số xã đạt chuẩn nông thôn mới', field: 'Xã hội - Môi trường', unit: 'Xã', target: 11 },
      { code: '06', name: 'Tỷ lệ che phủ rừng', field: 'Xã hội - Môi trường', unit: '%', target: 61.5 },
    ]);
    return wb;
  },
};
