/** Test helpers: an adapter port over the fake Excel host, sheet builders and a small owned-sheet model. */
import type { WorkbookPort } from '../../src/core/model/port';
import type { SheetModel } from '../../src/core/model/sheet-model';
import { createExcelPort } from '../../src/excel/port';
import { compareVersions } from '../../src/excel/host';
import type { RunBatch } from '../../src/excel/host';
import type { FakeCell, FakeWorkbook } from './fake';
import { createFakeExcel } from './fake';

/** A port over the fake workbook, pretending the host supports ExcelApi up to `maxApi`. */
export function portOver(book: FakeWorkbook, maxApi = '1.9', chunkRows?: number): WorkbookPort {
  const excel = createFakeExcel(book);
  const run: RunBatch = (batch) => excel.run(batch);
  return createExcelPort({ run, supports: (v) => compareVersions(v, maxApi) <= 0, chunkRows });
}

/** A plain cell. */
export function cell(value: string | number | boolean, numberFormat = 'General'): FakeCell {
  return { value, numberFormat };
}

/** A data-sheet grid of `rows` indicator rows under a header (deterministic content of every kind). */
export function bigGrid(rows: number): FakeCell[][] {
  const grid: FakeCell[][] = [[cell('STT'), cell('Mã chỉ tiêu'), cell('Tên chỉ tiêu'), cell('Đơn vị tính'), cell('Mục tiêu'), cell('Thực hiện')]];
  for (let i = 1; i <= rows; i++) {
    const actual: FakeCell = i % 97 === 0 ? { value: '#DIV/0!', numberFormat: 'General', error: true } : i % 13 === 0 ? cell(0.8 + (i % 7) / 100, '0.00%') : cell(i * 1.5);
    grid.push([cell(i), cell(`KT${String(i).padStart(6, '0')}`), cell(`Chỉ tiêu số ${i} về phát triển kinh tế – xã hội`), cell('%'), cell('≥ 90'), actual]);
  }
  return grid;
}

/** A validation-like owned sheet model with `rows` issue rows, each linking to a data cell. */
export function issueSheetModel(rows: number, name = 'Kiểm tra'): SheetModel {
  const severities = ['severityError', 'severityWarning', 'severityInfo'] as const;
  const body = Array.from({ length: rows }, (_, i) => {
    const severity = severities[Math.min(2, Math.floor((3 * i) / Math.max(1, rows)))];
    return [
      { value: ['Lỗi', 'Cảnh báo', 'Thông tin'][severities.indexOf(severity)], style: severity },
      { value: 'unknown-indicator', style: 'text' as const },
      { value: 'Dữ liệu', style: 'text' as const },
      { value: `F${i + 2}`, style: 'link' as const, link: { sheet: 'Dữ liệu', cell: `F${i + 2}` } },
      { value: `KT${i}`, style: 'text' as const },
      { value: `=SUM(A1) mã KT${i} không có trong danh mục; kiểm tra lại mã hoặc bổ sung vào danh mục chỉ tiêu.`, style: 'text' as const },
    ];
  });
  return {
    role: 'validation',
    name,
    rows: [[{ value: `Kiểm tra: ${rows} vấn đề`, style: 'title' }], ['Mức độ', 'Quy tắc', 'Trang', 'Ô', 'Mã', 'Nội dung'].map((v) => ({ value: v, style: 'header' as const })), ...body],
    merges: ['A1:F1'],
    columnWidths: [12, 22, 16, 8, 12, 60],
    rowHeights: { 1: 24 },
    freezeRows: 2,
    print: { landscape: true, fitToWidth: true },
  };
}
