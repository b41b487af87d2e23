/** Small SheetModels and flags for tests of the package writer. */
import type { SheetFlags, SheetModel } from '../../src/core/model/sheet-model';

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

/** The bands of the summary table, with the colours the core gives them, in table order (columns B to D here). */
const CHART_BANDS: ReadonlyArray<[string, string]> = [
  ['Vượt', '2E7D32'],
  ['Đạt', '66BB6A'],
  ['<50 %', 'E53935'],
];

/** A summary sheet model with a by-field table (rows 3–5) and the chart spec over it, anchored at A8. */
export function summaryModelWithChart(name = 'Tổng hợp'): SheetModel {
  const fields: Array<[string, number, number, number]> = [
    ['Kinh tế', 3, 1, 2],
    ['Văn hóa – Xã hội & <Y tế>', 0, 4, 1],
    ['Môi trường', 2, 0, 0],
  ];
  return {
    ...summaryModel(name),
    rows: [
      [{ value: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU', style: 'title' }],
      [{ value: 'Lĩnh vực', style: 'header' }, ...CHART_BANDS.map(([band]) => ({ value: band, style: 'header' as const }))],
      ...fields.map(([field, ...counts]) => [{ value: field, style: 'text' as const }, ...counts.map((value) => ({ value, style: 'integer' as const }))]),
    ],
    columnWidths: [30, 10, 10, 10],
    chart: {
      title: 'Kết quả thực hiện chỉ tiêu theo lĩnh vực',
      categories: 'A3:A5',
      series: CHART_BANDS.map(([band, color], i) => ({ name: band, values: `${'BCD'[i]}3:${'BCD'[i]}5`, color })),
      anchor: 'A8',
    },
  };
}
