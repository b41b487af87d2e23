import { OWNED_SHEET_NAME_MARKER } from '../../src/core/model/sheet-model';
import type { SheetModel } from '../../src/core/model/sheet-model';
import { newWorkbook, snapshotSheet } from './fake';
import { cell, issueSheetModel, portOver } from './support';

const summaryModel: SheetModel = {
  role: 'summary',
  name: 'Tổng hợp',
  rows: [
    [{ value: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU', style: 'title' }],
    [{ value: 'Lĩnh vực', style: 'header' }, { value: 'Vượt', style: 'header' }, { value: 'Đạt', style: 'header' }],
    [{ value: 'Kinh tế', style: 'text' }, { value: 3, style: 'integer' }, { value: 0.7, style: 'percent' }],
    [{ value: 'Xã hội', style: 'text' }, { value: 1, style: 'integer' }, { value: 0.5, style: 'percent' }],
  ],
  merges: ['A1:C1'],
  columnWidths: [30, 10, 10],
  rowHeights: {},
  freezeRows: 0,
  print: { landscape: true, fitToWidth: true },
  chart: {
    title: 'Kết quả theo lĩnh vực',
    categories: 'A3:A4',
    series: [
      { name: 'Vượt', values: 'B3:B4', color: '00B050' },
      { name: 'Đạt', values: 'C3:C4', color: '92D050' },
    ],
    anchor: 'E2',
  },
};

describe('writeOwnedSheet over the fake Excel host', () => {
  it('writes text as text (never a formula), numbers with their formats, links, layout and the hidden owned marker', async () => {
    const book = newWorkbook([{ name: 'Dữ liệu', cells: [[cell('x')]] }]);
    const name = await portOver(book).writeOwnedSheet(issueSheetModel(3));
    expect(name).toBe('Kiểm tra');
    const sheet = book.sheets.find((s) => s.name === 'Kiểm tra')!;
    expect(sheet.cells[2]?.[5]).toEqual({ value: expect.stringMatching(/^=SUM\(A1\) mã KT0/), numberFormat: '@' });
    expect(sheet.cells.flat().some((c) => c?.formula !== undefined)).toBe(false);
    expect(sheet.hyperlinks.get('D3')).toEqual({ documentReference: "'Dữ liệu'!F2", textToDisplay: 'F2', screenTip: 'Dữ liệu!F2' });
    expect(sheet.names.get(OWNED_SHEET_NAME_MARKER)).toEqual({ formula: '="validation"', visible: false, comment: 'ChiTieu' });
    expect(sheet.merges).toEqual(['A1:F1']);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.pageLayout).toEqual({ paperSize: 'A4', orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  });

  it('stores rates as numbers with a percent format and adds the chart with every series set explicitly', async () => {
    const book = newWorkbook([{ name: 'Dữ liệu', cells: [[cell('x')]] }]);
    await portOver(book).writeOwnedSheet(summaryModel);
    const sheet = book.sheets.find((s) => s.name === 'Tổng hợp')!;
    expect(sheet.cells[2]?.[2]).toEqual({ value: 0.7, numberFormat: '0.0%' });
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({
      type: 'BarStacked',
      title: 'Kết quả theo lĩnh vực',
      anchor: 'E2',
      series: [
        { name: 'Vượt', values: 'B3:B4', categories: 'A3:A4', color: '#00B050' },
        { name: 'Đạt', values: 'C3:C4', categories: 'A3:A4', color: '#92D050' },
      ],
    });
  });

  it("replaces its own sheet and never touches a user's sheet of the same name", async () => {
    const book = newWorkbook([
      { name: 'Dữ liệu', cells: [[cell('x')]] },
      { name: 'Kiểm tra', cells: [[cell('của người dùng')]] },
    ]);
    const userSheet = snapshotSheet(book.sheets[1]);
    const port = portOver(book);
    expect(await port.writeOwnedSheet(issueSheetModel(2))).toBe('Kiểm tra (2)');
    expect(await port.writeOwnedSheet(issueSheetModel(5))).toBe('Kiểm tra (2)');
    expect(book.sheets.map((s) => s.name)).toEqual(['Dữ liệu', 'Kiểm tra', 'Kiểm tra (2)']);
    expect(snapshotSheet(book.sheets[1])).toBe(userSheet);
    expect(book.sheets[2].cells).toHaveLength(7);
    expect(await port.listSheets()).toEqual([{ name: 'Dữ liệu' }, { name: 'Kiểm tra' }, { name: 'Kiểm tra (2)', owned: 'validation' }]);
  });

  it('finds its owned sheet again after the user renamed it, and writes under the preferred name', async () => {
    const book = newWorkbook([{ name: 'Dữ liệu', cells: [[cell('x')]] }]);
    const port = portOver(book);
    await port.writeOwnedSheet(issueSheetModel(2));
    book.sheets[1].name = 'Cũ';
    await port.writeOwnedSheet(issueSheetModel(2));
    expect(book.sheets.map((s) => s.name)).toEqual(['Dữ liệu', 'Kiểm tra']);
  });

  it('sets formats per style group, so the number of format calls does not grow with the rows', async () => {
    const formatCalls = async (rows: number): Promise<number> => {
      const book = newWorkbook([{ name: 'Dữ liệu', cells: [[cell('x')]] }]);
      await portOver(book).writeOwnedSheet(issueSheetModel(rows));
      return book.sheets[1].formats.length;
    };
    expect(await formatCalls(3_000)).toBe(await formatCalls(30));
  });

  it('degrades without ExcelApi 1.9: no print setup, one range per style area', async () => {
    const book = newWorkbook([{ name: 'Dữ liệu', cells: [[cell('x')]] }]);
    await portOver(book, '1.7').writeOwnedSheet(issueSheetModel(4));
    expect(book.sheets[1].pageLayout).toEqual({});
    expect(book.sheets[1].cells[5]?.[0]?.value).toBe('Thông tin');
  });
});
