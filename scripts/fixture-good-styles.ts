/**
 * A fixture full of what users put in real workbooks besides values: formulas with cached results,
 * fills, fonts, rich text, notes, hyperlinks, data validation, conditional formats and defined names.
 */
import type { Workbook } from 'exceljs';
import { GROUP, groupRow } from './fixture-layout';
import { rowsFor } from './fixture-model';
import type { Fixture } from './fixture-model';
import { SAMPLE_CATALOGUE } from './fixture-sample-data';
import { formula } from './fixture-xlsx';

const CODES = ['KT01', 'KT02', 'KT05', 'XH02', 'XH06', 'AN03'];
const catalogue = SAMPLE_CATALOGUE.filter((e) => CODES.includes(e.code));
const row = rowsFor(catalogue);
const DETAIL = 'Số liệu chi tiết';

function addDetailSheet(wb: Workbook): void {
  const ws = wb.addWorksheet(DETAIL);
  ws.getCell('A1').value = 'SỐ LIỆU CHI TIẾT THEO ĐỊA BÀN (nguồn: các huyện, thành phố)';
  ws.getCell('A1').font = { bold: true, size: 13 };
  const headers = ['STT', 'Địa bàn', 'Số thu NSNN (tỷ đồng)', 'Tăng trưởng (%)', 'Diễn tập'];
  headers.forEach((h, i) => {
    ws.getCell(4, i + 1).value = h;
    ws.getCell(4, i + 1).font = { bold: true };
  });
  const places: Array<[string, number, number]> = [
    ['Thành phố Sơn Lâm', 1480, 9.1],
    ['Huyện Cao Sơn', 720, 7.2],
    ['Huyện Lâm Bình', 610, 6.8],
    ['Huyện Đồng Mỏ', 440, 6.9],
  ];
  places.forEach(([place, revenue, growth], i) => {
    const r = 5 + i;
    ws.getRow(r).values = [i + 1, place, revenue, growth, 'x'];
  });
  ws.getCell('B9').value = 'Toàn tỉnh';
  ws.getCell('B9').font = { bold: true };
  ws.getCell('C9').value = formula('SUM(C5:C8)', 3250);
  ws.getCell('D9').value = 7.62;
  ws.getCell('D9').note = 'Số ước của Cục Thống kê, chưa chính thức';
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 22;
}

function decorate(wb: Workbook): void {
  addDetailSheet(wb);
  const ws = wb.getWorksheet('Báo cáo 6 tháng');
  if (!ws) throw new Error('data sheet missing');
  ws.getCell('F9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('F9').note = 'Số liệu sơ bộ của Cục Hải quan, sẽ cập nhật sau ngày 15/7';
  ws.getCell('F12').font = { name: 'Times New Roman', size: 12, bold: true, color: { argb: 'FFC00000' } };
  ws.getCell('K8').value = { text: 'Báo cáo chi tiết của Sở Tài chính', hyperlink: 'https://stc.sonlam.gov.vn/bao-cao/6-thang-2025' };
  ws.getCell('K8').font = { color: { argb: 'FF0563C1' }, underline: true };
  ws.getCell('C11').value = { richText: [{ text: 'Số trường học ' }, { text: 'đạt chuẩn quốc gia', font: { bold: true } }, { text: ' (lũy kế)' }] };
  for (let r = 7; r <= 14; r++) {
    ws.getCell(r, 8).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Vượt,Đạt,Chưa đạt"'], showErrorMessage: true, errorTitle: 'Đánh giá', error: 'Chọn Vượt, Đạt hoặc Chưa đạt' };
  }
  ws.addConditionalFormatting({
    ref: 'G7:G14',
    rules: [{ type: 'cellIs', operator: 'lessThan', formulae: ['70'], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }],
  });
  ws.pageSetup.printTitlesRow = '5:5';
  ws.headerFooter = { oddFooter: '&LBáo cáo 6 tháng 2025&RTrang &P/&N' };
  wb.definedNames.add("'Báo cáo 6 tháng'!$F$7:$F$14", 'ThucHien6Thang');
  wb.definedNames.add("'Danh mục chỉ tiêu'!$B$6:$B$11", 'DanhSachMa');
  wb.definedNames.add(`'${DETAIL}'!$C$9`, 'TongThuNSNN');
  const cat = wb.getWorksheet('Danh mục chỉ tiêu');
  if (cat) cat.getCell('G7').note = 'Theo Nghị quyết 45/NQ-HĐND, dự toán HĐND tỉnh giao';
}

/** Formulas, styles and workbook features that must survive a check untouched. */
export const formulasAndStyles: Fixture = {
  file: 'formulas-and-styles.xlsx',
  about:
    'SPEC §7–§8 "nothing lost": actuals computed by formulas (cached numbers and a cached "Hoàn thành"), rate formulas (one percent-formatted), user fills and fonts on actual cells, rich-text name, notes, a hyperlink, data validation, a user conditional format, print titles, footer, defined names, a second helper sheet. Clean data.',
  exit: 0,
  catalogue,
  sheets: [
    {
      name: 'Báo cáo 6 tháng',
      rows: [
        groupRow(...GROUP.kt),
        row('KT01', formula(`ROUND('${DETAIL}'!D9,2)`, 7.62), { band: 'high' }, { target: 8.5, rate: formula('ROUND(F7/E7*100,1)', 89.6) }),
        row('KT02', formula(`SUM('${DETAIL}'!C5:C8)`, 3250), { band: 'high' }, { rate: { $: formula('F8/E8', 3250 / 4500), numFmt: '0.0%' } }),
        row('KT05', 6940, { band: 'exceeded' }, { rate: formula('ROUND(F9/E9*100,1)', 138.8), assess: 'Vượt' }),
        groupRow(...GROUP.vhxh),
        row('XH02', 412, { band: 'high' }, { rate: formula('ROUND(F11/E11*100,1)', 98.1) }),
        row('XH06', 13.2, { band: 'exceeded' }, { rate: formula('ROUND(F12/E12*100,1)', 101.5), assess: 'Vượt' }),
        groupRow(...GROUP.qpan),
        row('AN03', formula(`IF(COUNTIF('${DETAIL}'!E5:E8,"x")=4,"Hoàn thành","Chưa hoàn thành")`, 'Hoàn thành'), { band: 'met' }, { assess: 'Đạt' }),
      ],
    },
  ],
  decorate,
};
