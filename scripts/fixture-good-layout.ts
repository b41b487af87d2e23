/**
 * Fixtures for how workbooks are laid out (SPEC §1–§2, §7): several data sheets, English headers,
 * the user's own "Tổng hợp"/"Kiểm tra" sheets, NFD text and a sheet name with quotes.
 */
import type { Workbook } from 'exceljs';
import { CATALOGUE_COLUMNS_EN, DATA_COLUMNS_EN, GROUP, groupRow } from './fixture-layout';
import type { CatalogueEntry } from './fixture-layout';
import { entry, rowsFor } from './fixture-model';
import type { Fixture } from './fixture-model';
import { SAMPLE_CATALOGUE } from './fixture-sample-data';
import { FIXED_DATE, formula, pct, writeTable } from './fixture-xlsx';

function pick(...codes: string[]): CatalogueEntry[] {
  return codes.map((code) => {
    const found = SAMPLE_CATALOGUE.find((e) => e.code === code);
    if (!found) throw new Error(`no sample indicator ${code}`);
    return found;
  });
}

const twoCatalogue: CatalogueEntry[] = pick('KT01', 'KT02', 'KT03', 'KT05', 'KT07', 'XH01', 'XH02', 'XH03', 'XH05', 'XH06').map((e) =>
  e.code === 'KT07' || e.code === 'XH06' ? { ...e, field: '' } : e,
);
const two = rowsFor(twoCatalogue);

/** One report in two sheets, one per field, with an indicator repeated across them. */
export const twoDataSheets: Fixture = {
  file: 'two-data-sheets.xlsx',
  about:
    'SPEC §2 and §8 --sheet: two data sheets ("Kinh tế", "Văn hóa – Xã hội") forming one report, letter-STT group rows naming the field of KT07 and XH06 (blank in the catalogue), KT03 repeated on the second sheet (duplicate-indicator), XH05 reported nowhere (missing-indicator).',
  exit: 1,
  catalogue: twoCatalogue,
  sheets: [
    {
      name: 'Kinh tế',
      rows: [
        groupRow('A', 'Kinh tế'),
        two('KT01', '7,62', { band: 'high' }),
        two('KT02', 4820, { band: 'exceeded' }, { note: 'Đạt 107,1% dự toán' }),
        two('KT03', 88.4, { band: 'high' }),
        two('KT05', 6940, { band: 'exceeded' }),
        two('KT07', 355, { band: 'medium' }),
      ],
      options: { titles: ['UBND TỈNH SƠN LÂM', 'BIỂU 01: CHỈ TIÊU KINH TẾ 6 THÁNG ĐẦU NĂM 2025'] },
    },
    {
      name: 'Văn hóa – Xã hội',
      rows: [
        groupRow('B', 'Văn hóa – Xã hội'),
        two('XH01', '1,62', { band: 'high' }),
        two('XH02', 380, { band: 'high' }),
        two('XH03', pct(0.953, '0.0%'), { band: 'exceeded' }),
        two('XH06', '12,1', { band: 'high' }),
        two('KT03', 90, { rules: ['duplicate-indicator'] }, { note: 'Số liệu Cục Thống kê gửi lại' }),
      ],
      options: { titles: ['UBND TỈNH SƠN LÂM', 'BIỂU 02: CHỈ TIÊU VĂN HÓA – XÃ HỘI 6 THÁNG ĐẦU NĂM 2025'] },
    },
  ],
  extraRules: ['missing-indicator'],
  extraBands: { XH05: 'unassessed' },
};

const enCatalogue = [
  entry('E01', 'GRDP growth rate', 'Economy', '%', 'increase', '8.5', 'Department of Planning and Investment'),
  entry('E02', 'State budget revenue', 'Economy', 'billion VND', 'increase', '4,500', 'Department of Finance'),
  entry('E03', 'Poverty rate (multidimensional)', 'Society', '%', 'decrease', '≤ 1.5', 'Department of Labour'),
  entry('E04', 'Health insurance coverage', 'Society', '%', '', '≥ 95', 'Social Security Office'),
  entry('E05', 'New forest planted', 'Environment', 'ha', 'increase', 9000, 'Department of Agriculture'),
  entry('E06', 'Industrial production growth', 'Economy', '%', '', '10-11', 'Department of Industry and Trade'),
  entry('E07', 'Provincial master plan approved', 'Economy', '', '', 'Done', 'Department of Planning and Investment'),
  entry('E08', 'Civilised streets recognised', 'Society', 'streets', 'increase', 107, 'City People’s Committee'),
  entry('E09', 'New enterprises registered', 'Economy', 'enterprises', 'increase', 600, 'Department of Planning and Investment'),
];
const en = rowsFor(enCatalogue);

/** English headers, sheet names, directions and number style. */
export const englishHeaders: Fixture = {
  file: 'english-headers.xlsx',
  about: 'SPEC §2 English synonyms (Code, Indicator, Field, Unit, Direction, Target, Lead agency; Plan 2025, Actual H1 2025, % of target, Assessment, Override, Reason, Note), sheets "Catalogue" and "H1 2025", English number style (run with --lang en --number-style en): "5,840.25", "7.62", ambiguous "1,234" = 1234.',
  args: ['--lang', 'en', '--number-style', 'en'],
  exit: 0,
  catalogue: enCatalogue,
  catalogueName: 'Catalogue',
  catalogueOptions: { columns: CATALOGUE_COLUMNS_EN, titles: ['SON LAM PROVINCIAL PEOPLE’S COUNCIL', 'MAIN TARGETS OF THE 2025 SOCIO-ECONOMIC PLAN'] },
  sheets: [
    {
      name: 'H1 2025',
      rows: [
        groupRow('I', 'ECONOMY'),
        en('E01', '7.62', { band: 'high' }, { rate: 89.6 }),
        en('E02', '5,840.25', { band: 'exceeded' }, { rate: '129.8' }),
        en('E06', 10.4, { band: 'met' }),
        en('E07', 'Done', { band: 'met' }),
        en('E09', 355, { band: 'medium' }, { rate: 59.2 }),
        groupRow('II', 'SOCIETY'),
        en('E03', '1.62', { band: 'high' }),
        en('E04', pct(0.953, '0.0%'), { band: 'exceeded' }),
        en('E08', '47/107', { band: 'low', override: 'medium' }, { override: 'medium', reason: 'Second round of recognition is scheduled for September' }),
        groupRow('III', 'ENVIRONMENT'),
        en('E05', '1,234', { band: 'low', rules: ['ambiguous-number'] }, { note: 'Preliminary figure' }),
      ],
      options: { columns: DATA_COLUMNS_EN, titles: ['SON LAM PROVINCIAL PEOPLE’S COMMITTEE', 'RESULTS OF THE MAIN TARGETS, FIRST HALF OF 2025'] },
    },
  ],
};

const userCatalogue = pick('KT01', 'KT03', 'KT05', 'XH02', 'XH06', 'XD03');
const user = rowsFor(userCatalogue);

function addUserSheets(wb: Workbook): void {
  const summary = wb.addWorksheet('Tổng hợp');
  summary.getCell('A1').value = 'TỔNG HỢP NHANH (bảng tự lập của Phòng Tổng hợp, không xóa)';
  summary.getCell('A1').font = { bold: true, size: 14, color: { argb: 'FF1F4E79' } };
  summary.getCell('A3').value = 'Tổng số chỉ tiêu';
  summary.getCell('B3').value = formula("COUNTA('Báo cáo 6 tháng'!B7:B12)", 6);
  summary.getCell('A4').value = 'Số chỉ tiêu vượt kế hoạch';
  summary.getCell('B4').value = formula("COUNTIF('Báo cáo 6 tháng'!H7:H12,\"Vượt\")", 3);
  summary.getCell('A5').value = 'Ngày lập';
  summary.getCell('B5').value = FIXED_DATE;
  summary.getCell('B5').numFmt = 'dd/mm/yyyy';
  summary.getCell('B4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } };
  summary.getColumn(1).width = 40;
  const check = wb.addWorksheet('Kiểm tra');
  writeTable(
    check,
    [
      { key: 'item', header: 'Nội dung kiểm tra', width: 50 },
      { key: 'who', header: 'Người kiểm tra', width: 20 },
      { key: 'state', header: 'Trạng thái', width: 16 },
    ],
    [
      { cells: { item: 'Đối chiếu số liệu thu ngân sách với Sở Tài chính', who: 'Nguyễn Thị Hoa', state: 'Đã xong' } },
      { cells: { item: 'Xin ý kiến Cục Thống kê về GRDP 6 tháng', who: 'Trần Văn Nam', state: 'Chờ phản hồi' } },
      { cells: { item: 'Trình lãnh đạo Sở ký', who: 'Lê Minh Tuấn', state: '' } },
    ],
    { titles: ['DANH SÁCH VIỆC CẦN KIỂM TRA TRƯỚC KHI GỬI'] },
  );
}

/** The user's own sheets called "Tổng hợp" and "Kiểm tra" that ChiTieu must leave alone. */
export const userSheetNamedTongHop: Fixture = {
  file: 'user-sheet-named-tong-hop.xlsx',
  about: 'SPEC §1: the user\'s own sheets "Tổng hợp" (formulas, a date, fills) and "Kiểm tra" (a checklist table) are kept unchanged; ChiTieu writes "Kiểm tra (2)" and "Tổng hợp (2)" instead. Clean data.',
  exit: 0,
  catalogue: userCatalogue,
  sheets: [
    {
      name: 'Báo cáo 6 tháng',
      rows: [
        groupRow(...GROUP.kt),
        user('KT01', '8,62', { band: 'exceeded' }, { assess: 'Vượt' }),
        user('KT03', 88.4, { band: 'high' }),
        user('KT05', 6940, { band: 'exceeded' }, { assess: 'Vượt' }),
        groupRow(...GROUP.vhxh),
        user('XH02', 412, { band: 'high' }),
        user('XH06', 13.2, { band: 'exceeded' }, { assess: 'Vượt' }),
        groupRow(...GROUP.xdd),
        user('XD03', '97,1', { band: 'high' }),
      ],
    },
  ],
  decorate: addUserSheets,
};

const nfdCatalogue = pick('KT01', 'KT02', 'KT04', 'XH01', 'XH04', 'XH05', 'MT01', 'AN03');
const nfd = rowsFor(nfdCatalogue);

/** Every text of the workbook, sheet names included, in Unicode NFD (as some Mac and web exports write it). */
export const nfdVietnamese: Fixture = {
  file: 'nfd-vietnamese.xlsx',
  about: 'SPEC §2 Unicode forms: every string (sheet names, titles, headers, names, units, targets, milestones) is NFD-decomposed; two rows have no code and are matched by name; expected to read exactly like the NFC original. Clean data.',
  exit: 0,
  catalogue: nfdCatalogue,
  sheets: [
    {
      name: 'Báo cáo 6 tháng',
      rows: [
        groupRow(...GROUP.kt),
        nfd('KT01', '7,62', { band: 'high' }),
        nfd('KT02', '3,25', { band: 'high', rules: ['unit-converted'] }, { unit: 'nghìn tỷ đồng', target: '4,5' }),
        nfd('KT04', '26.840,25', { band: 'high' }),
        groupRow(...GROUP.vhxh),
        nfd('XH01', '1,62', { band: 'high' }, { code: null }),
        nfd('XH04', 16250, { band: 'exceeded' }),
        nfd('XH05', '86,2', { band: 'met' }, { code: null }),
        groupRow(...GROUP.mt),
        nfd('MT01', pct(0.6352), { band: 'exceeded' }),
        groupRow(...GROUP.qpan),
        nfd('AN03', 'Hoàn thành', { band: 'met' }),
      ],
    },
  ],
};

/** Converts every string in a workbook (and every sheet name) to NFD. */
export function toNfd(wb: Workbook): void {
  for (const ws of wb.worksheets) {
    ws.name = ws.name.normalize('NFD');
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (typeof cell.value === 'string') cell.value = cell.value.normalize('NFD');
      });
    });
  }
}

const quotedCatalogue = pick('KT01', 'KT02', 'KT05', 'XH02', 'XH06');
const quoted = rowsFor(quotedCatalogue);

/** A data sheet whose name holds apostrophes, so every reference to it must be quoted and escaped. */
export const quotedSheetName: Fixture = {
  file: 'quoted-sheet-name.xlsx',
  about: "SPEC §7.2 links: the data sheet is named \"Báo cáo 'quý' I\" (reference 'Báo cáo ''quý'' I'!B9); one unknown code KT99 gives an error whose cell link must work.",
  exit: 1,
  catalogue: quotedCatalogue,
  sheets: [
    {
      name: "Báo cáo 'quý' I",
      rows: [
        groupRow(...GROUP.kt),
        quoted('KT01', '6,9', { band: 'high' }),
        quoted('KT02', 1420, { band: 'low' }),
        quoted('KT05', 2650, { band: 'medium' }),
        quoted('KT99', '12', { rules: ['unknown-indicator'] }, { name: 'Số dự án FDI được cấp mới', unit: 'dự án', target: 20 }),
        groupRow(...GROUP.vhxh),
        quoted('XH02', 405, { band: 'high' }),
        quoted('XH06', 13, { band: 'met' }),
      ],
      options: { titles: ['UBND TỈNH SƠN LÂM', 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUÝ I NĂM 2025'] },
    },
  ],
  decorate: (wb) => {
    wb.definedNames.add("'Báo cáo ''quý'' I'!$F$5:$F$12", 'ThucHienQuy1');
  },
};
