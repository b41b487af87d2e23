/** Small SheetModels and flags for tests of the package writer. */
import type { SheetFlags, SheetModel } from '../../src/core/render/sheet-model';

/** A validation sheet model with a link, a formula-looking text and a merged title. */
export function validationModel(name = 'Kiểm tra'): SheetModel {
  return {
    role: 'validation',
    name,
    rows: [
      [{ value: 'KIỂM TRA SỐ LIỆU: 1 lỗi', style: 'title' }],
      [],
      [
        { value: 'Mức độ', style: 'header' },
        { value: 'Quy tắc', style: 'header' },
        { value: 'Ô', style: 'header' },
        { value: 'Nội dung', style: 'header' },
      ],
      [
        { value: 'Lỗi', style: 'severityError' },
        { value: 'formula-error', style: 'text' },
        { value: 'F8', style: 'link', link: { sheet: "Dữ liệu's", cell: 'F8' } },
        { value: '=1/0 & <không hợp lệ>', style: 'text' },
      ],
      [{ value: 12.5, style: 'decimal' }, { value: 0.705, style: 'percent' }, { value: 3 }, { value: null, style: 'text' }],
    ],
    merges: ['A1:D1'],
    columnWidths: [12, 20, 8, 60],
    rowHeights: { 1: 30 },
    freezeRows: 3,
    print: { landscape: true, fitToWidth: true },
  };
}

/** A summary sheet model. */
export function summaryModel(name = 'Tổng hợp'): SheetModel {
  return {
    role: 'summary',
    name,
    rows: [[{ value: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU', style: 'title' }], [{ value: 'Tổng số', style: 'totalText' }, { value: 4, style: 'totalInteger' }]],
    merges: [],
    columnWidths: [30, 10],
    rowHeights: {},
    freezeRows: 0,
    print: { landscape: true, fitToWidth: true },
  };
}

/** Flags on the sample data sheet. */
export function sampleFlags(sheet = 'Dữ liệu'): SheetFlags {
  return { sheet, cells: { critical: ['F5', 'F6', 'F7'], warning: ['F8'], unassessed: [] } };
}
