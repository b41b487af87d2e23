/** Builds small workbooks in memory with exceljs, for tests of the package reader and writer. */
import ExcelJS from 'exceljs';

/** Vietnamese text in decomposed (NFD) form, as some Mac and web tools write it. */
export const NFD_TEXT = 'Tỷ lệ hộ nghèo'.normalize('NFD');

/** A data workbook: a title block with merged cells above the header, percent formats, formulas, an error, rich text. */
export async function buildSampleWorkbook(options: { userSummarySheet?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  ws.getCell('A1').value = 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = '(Kèm theo báo cáo số 12/BC-UBND)';
  ws.getRow(4).values = ['STT', 'Mã', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'];
  ws.getRow(5).values = [1, 'KT01', 'Tốc độ tăng trưởng GRDP', '%', 0.08, 0.0725];
  ws.getCell('E5').numFmt = '0.00%';
  ws.getCell('F5').numFmt = '0.00%';
  ws.getRow(6).values = [2, 'KT02', NFD_TEXT, '%', 1.5, 1.2];
  ws.getRow(7).values = [3, 'KT03', 'Thu ngân sách & <phí>', 'tỷ đồng', 4500, 5840.25];
  ws.getCell('F7').numFmt = '#,##0.00';
  ws.getCell('E8').value = { formula: 'E7*2', result: 9000 };
  ws.getCell('F8').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('C8').value = { richText: [{ text: 'Chỉ tiêu ', font: { bold: true } }, { text: 'in đậm' }] };
  ws.getCell('A8').value = 4;
  ws.getCell('B8').value = 'KT04';
  ws.getCell('D9').value = true;
  ws.getCell('C9').value = '=không phải công thức';
  if (options.userSummarySheet) wb.addWorksheet('Tổng hợp').getCell('A1').value = 'Bảng của người dùng';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
