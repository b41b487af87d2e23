import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { SheetData } from '../../src/core/model/model';
import { windows1258 } from '../../scripts/fixture-bytes';
import { loadCatalogueFile } from '../../src/cli/catalogue-source';
import { readCatalogueFile } from '../../src/ui/catalogue-file';
import { decodeCsvBytes } from '../../src/xlsx/decode-csv';

const TEXT = 'Mã chỉ tiêu,Tên chỉ tiêu\nKT01,"Tỷ lệ hộ nghèo; đa chiều"\n';
const WINDOWS_1258_CSV = join(__dirname, '..', 'fixtures', 'bad', 'catalogue-windows-1258.csv');

/** A catalogue workbook whose catalogue is its second sheet, with percent, thousands, date and text-number cells. */
async function catalogueWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hướng dẫn').addRow(['Điền danh mục ở trang sau']);
  const ws = wb.addWorksheet('Danh mục chỉ tiêu');
  ws.addRow(['DANH MỤC CHỈ TIÊU 2025']);
  ws.addRow(['STT', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị', 'Mục tiêu', 'Hạn']);
  ws.addRow([1, 'KT01', 'Tốc độ tăng trưởng GRDP', '%', 0.075, new Date(Date.UTC(2025, 11, 31))]);
  ws.addRow([2, 'XH01', 'Số lao động có việc làm mới', 'người', 12500, '30/06/2025']);
  ws.getCell('E3').numFmt = '0.0%';
  ws.getCell('E4').numFmt = '#,##0';
  ws.getCell('F3').numFmt = 'dd/mm/yyyy';
  wb.addWorksheet('Báo cáo').addRow(['Mã chỉ tiêu', 'Kết quả']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The catalogue read by the command line (from disk) and by the pane (from a picked file) for the same bytes. */
async function bothPaths(fileName: string, bytes: Uint8Array): Promise<{ cli: unknown; pane: unknown }> {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-catalogue-'));
  try {
    const path = join(dir, fileName);
    writeFileSync(path, bytes);
    const cli = loadCatalogueFile(path);
    const pane = await readCatalogueFile(Object.assign(new Blob([bytes as Uint8Array<ArrayBuffer>]), { name: fileName }));
    return { cli, pane };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('CSV decoding', () => {
  it.each([
    ['UTF-8 without BOM', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])],
  ])('reads %s', (_label, bytes) => {
    expect(decodeCsvBytes(bytes)).toBe(TEXT);
  });

  it('falls back to Windows-1258 when the bytes are not UTF-8', () => {
    expect(decodeCsvBytes(windows1258(TEXT)).normalize('NFC')).toBe(TEXT);
  });
});

describe('one catalogue reader for the command line and the pane', () => {
  it('gives the same cells for a workbook with several sheets and number formats', async () => {
    const { cli, pane } = await bothPaths('danh-muc.xlsx', await catalogueWorkbook());
    expect(pane).toEqual(cli);
    const rows = (cli as SheetData).rows;
    expect(rows[1]?.[1]).toEqual({ value: 'Mã chỉ tiêu' });
    expect(rows[2]?.[4]).toEqual({ value: 0.075, numFmt: '0.0%' });
    expect(rows[3]?.[4]).toEqual({ value: 12500, numFmt: '#,##0' });
  });

  it('gives the same cells for a Windows-1258 CSV, with its Vietnamese names intact', async () => {
    const { cli, pane } = await bothPaths('danh-muc.csv', readFileSync(WINDOWS_1258_CSV));
    expect(pane).toEqual(cli);
    expect((cli as SheetData).name).toBe('danh-muc.csv');
    const header = (cli as SheetData).rows[0]?.map((c) => String(c?.value).normalize('NFC'));
    expect(header).toContain('Mã chỉ tiêu');
  });
});
