/**
 * Benchmark helpers for the .xlsx package layer (not a unit test): build a large indicator-like workbook without
 * exceljs, then time reading every cell and writing the checked workbook, with peak memory.
 */
import { openWorkbook } from '../../src/xlsx/read-workbook';
import { writeCheckedWorkbook } from '../../src/xlsx/write-workbook';
import type { SheetFlags } from '../../src/core/model/sheet-model';
import { minimalPackage } from './minimal-package';

/** A workbook with one sheet `Sheet1` of `rows` × `cols` cells: text codes and names (shared strings), numbers, percents. */
export function makeLargeWorkbook(rows: number, cols = 16): Buffer {
  const strings: string[] = [];
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}" spans="1:${cols}">`;
    for (let c = 0; c < cols; c++) {
      const ref = `${String.fromCharCode(65 + c)}${r}`;
      if (c === 1 || c === 2) {
        strings.push(c === 1 ? `KT${r}` : `Chỉ tiêu số ${r} về phát triển kinh tế – xã hội`);
        row += `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
      } else if (c === 5) row += `<c r="${ref}" s="1"><v>${((r % 1000) / 1000).toString()}</v></c>`;
      else row += `<c r="${ref}"><v>${(r * 13 + c * 7) % 100000}.${c}5</v></c>`;
    }
    parts.push(`${row}</row>`);
  }
  const sst = strings.map((s) => `<si><t>${s}</t></si>`).join('');
  return minimalPackage({ sheetData: parts.join(''), sharedStrings: sst, cellXfs: '<xf numFmtId="0"/><xf numFmtId="10"/>' });
}

/** Timings (ms), cell count and peak RSS (MB, sampled) of reading every cell and writing the checked workbook. */
export function measureReadWrite(bytes: Buffer): { readMs: number; writeMs: number; cells: number; peakRssMb: number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const wb = openWorkbook(bytes);
  const sheet = wb.readSheet(wb.listSheets()[0].name);
  peak = Math.max(peak, process.memoryUsage().rss);
  const t1 = performance.now();
  let cells = 0;
  const critical: string[] = [];
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    for (const c of row) if (c) cells++;
    if (r % 7 === 0) critical.push(`F${r + 1}`);
  });
  const flags: SheetFlags = { sheet: sheet.name, cells: { critical, warning: [], unassessed: [] } };
  const model = {
    role: 'validation' as const,
    name: 'Kiểm tra',
    rows: critical.map((cell) => [{ value: cell, style: 'link' as const, link: { sheet: sheet.name, cell } }, { value: 'Đạt dưới 50%', style: 'text' as const }]),
    merges: [],
    columnWidths: [10, 40],
    rowHeights: {},
    freezeRows: 1,
    print: { landscape: true, fitToWidth: true },
  };
  const t2 = performance.now();
  const out = writeCheckedWorkbook(wb, { sheets: [model], flags: [flags] });
  const t3 = performance.now();
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(timer);
  if (out.bytes.length === 0) throw new Error('empty output');
  return { readMs: t1 - t0, writeMs: t3 - t2, cells, peakRssMb: Math.round(peak / 2 ** 20) };
}
