/**
 * The 50 MB input of the bad-input corpus: a valid report workbook carrying a pasted scan of the
 * signed and stamped paper report (what makes real workbooks huge), generated at test time.
 */
import type { Image, Workbook } from 'exceljs';
import { noise } from './fixture-bytes';
import { okBook } from './fixture-bad-books';
import { saveWorkbook } from './fixture-xlsx';

/** Size of the embedded scan: 50 MiB. */
export const SCAN_BYTES = 50 * 1024 * 1024;

/** Bytes shaped like a baseline JPEG (SOI, JFIF header, incompressible body, EOI). */
export function fakeJpeg(size: number): Buffer {
  const head = Buffer.from('ffd8ffe000104a46494600010101012c012c0000', 'hex');
  const tail = Buffer.from('ffd9', 'hex');
  const body = noise(Math.max(0, size - head.length - tail.length), 0x5ca9);
  for (let i = 0; i < body.length; i++) if (body[i] === 0xff) body[i] = 0xfe;
  return Buffer.concat([head, body, tail]);
}

/** Adds the scan to a workbook's report sheet beside the table. */
export function addScan(wb: Workbook, sheet: string, size = SCAN_BYTES): void {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  // exceljs types its image buffer as its own ArrayBuffer-like Buffer; a Node Buffer is what it really takes.
  const id = wb.addImage({ buffer: fakeJpeg(size) as unknown as NonNullable<Image['buffer']>, extension: 'jpeg' });
  ws.addImage(id, 'N2:X40');
  ws.getCell('N1').value = 'Bản scan báo cáo đã ký, đóng dấu';
}

/** Writes the clean baseline report with a scan of `size` bytes embedded (default 50 MiB). */
export async function writeScannedWorkbook(path: string, size = SCAN_BYTES): Promise<void> {
  const wb = okBook();
  addScan(wb, 'Báo cáo 6 tháng', size);
  await saveWorkbook(wb, path);
}
