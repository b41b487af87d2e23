import ExcelJS from 'exceljs';
import { readCatalogueFile } from '../../src/ui/catalogue-file';

function fileOf(name: string, data: BlobPart): Blob & { name: string } {
  return Object.assign(new Blob([data]), { name });
}

describe('catalogue import', () => {
  it('reads a .csv (BOM, semicolons, quotes) into sheet cells', async () => {
    const csv = '\ufeffMã chỉ tiêu;Tên chỉ tiêu;Mục tiêu\nKT01;"Tốc độ tăng trưởng; GRDP";7\n';
    const sheet = await readCatalogueFile(fileOf('danh-muc.csv', csv));
    expect(sheet?.rows[1]?.map((c) => c?.value)).toEqual(['KT01', 'Tốc độ tăng trưởng; GRDP', '7']);
  });

  it('reads the catalogue sheet of an .xlsx, not the other sheets: shared and inline strings, numbers, percent formats, errors, gaps', async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet('Danh mục');
    workbook.addWorksheet('Khác').getCell('A1').value = 'không đọc';
    first.addRow(['STT', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Mục tiêu']);
    first.addRow([1, 'KT01', 'Tốc độ tăng trưởng & GRDP <%>', 7.5]);
    first.getCell('D3').value = 0.95;
    first.getCell('D3').numFmt = '0.0%';
    first.getCell('B3').value = 'XH01';
    first.getCell('F4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const sheet = (await readCatalogueFile(fileOf('danh-muc.xlsx', bytes)))!;
    expect(sheet.rows[0]?.map((c) => c?.value)).toEqual(['STT', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Mục tiêu']);
    expect(sheet.rows[1]).toEqual([{ value: 1 }, { value: 'KT01' }, { value: 'Tốc độ tăng trưởng & GRDP <%>' }, { value: 7.5 }]);
    expect(sheet.rows[2]?.[1]).toEqual({ value: 'XH01' });
    expect(sheet.rows[2]?.[3]).toEqual({ value: 0.95, numFmt: '0.0%' });
    expect(sheet.rows[3]?.[5]).toEqual({ value: { error: '#N/A' } });
    expect(JSON.stringify(sheet)).not.toContain('không đọc');
  });

  it('says what is missing when a .csv has no header row', async () => {
    await expect(readCatalogueFile(fileOf('ghi-chu.csv', 'a,b\n1,2\n'))).rejects.toThrow(/Mã chỉ tiêu.*code and name columns/);
  });

  it('refuses other file types', async () => {
    expect(await readCatalogueFile(fileOf('danh-muc.xls', 'x'))).toBeNull();
  });
});
