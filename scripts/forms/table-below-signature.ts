/**
 * A form with a second table below its signature block (next year's plan, pasted under the report):
 * the second table is not read and an info issue says so. No catalogue.
 */
import type { FormFixture } from './form-fixture';
import { formWorkbook, group, ind, n } from './form-fixture';
import { ANNUAL_COLUMNS, ANNUAL_NUMBERS, DISTRICT, districtFooter } from './form-parts';
import { writeForm } from './form-writer';
import type { FormRow, FormSpec } from './form-writer';

const ROWS: readonly FormRow[] = [
  group('I', 'KINH TẾ'),
  ind(1, 'Tổng giá trị sản xuất (giá so sánh 2010)', 'Tỷ đồng', { prev: n(2850), plan: n(3100), actual: n(3050), vsPlan: 98.4, vsPrev: 107 }),
  ind(2, 'Sản lượng lương thực có hạt', 'Tấn', { prev: n(31250), plan: n(32000), actual: n(32480), vsPlan: 101.5, vsPrev: 103.9 }),
  group('II', 'XÃ HỘI'),
  ind(3, 'Số lao động được giải quyết việc làm mới', 'Người', { prev: n(1150), plan: n(1200), actual: n(1236), vsPlan: 103, vsPrev: 107.5 }),
];

const NEXT_YEAR: FormSpec = {
  motto: null,
  titles: ['BIỂU SỐ 02', 'DỰ KIẾN KẾ HOẠCH NĂM 2024'],
  columns: [
    { key: 'stt', head: ['STT'] },
    { key: 'name', head: ['Chỉ tiêu'] },
    { key: 'unit', head: ['Đơn vị tính'] },
    { key: 'actual', head: ['Ước thực hiện năm 2023'] },
    { key: 'target', head: ['Kế hoạch năm 2024'] },
  ],
  rows: [
    ind(1, 'Tổng giá trị sản xuất (giá so sánh 2010)', 'Tỷ đồng', { actual: n(3050), target: n(3300) }),
    ind(2, 'Sản lượng lương thực có hạt', 'Tấn', { actual: n(32480), target: n(33000) }),
    ind(3, 'Số lao động được giải quyết việc làm mới', 'Người', { actual: n(1236), target: n(1250) }),
  ],
};

/** The report with next year's plan below its signatures. */
export const tableBelowSignature: FormFixture = {
  file: 'table-below-signature.xlsx',
  about: 'SPEC §2.1 where the table ends: a second table ("Biểu số 02", plan 2024) below the signature block is not read; table-not-read (info) points at it.',
  exit: 0,
  build: () => {
    const wb = formWorkbook([
      [
        'Biểu 01',
        {
          issuer: DISTRICT,
          titles: ['BIỂU SỐ 01', 'KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2023'],
          columns: ANNUAL_COLUMNS,
          numbers: ANNUAL_NUMBERS,
          rows: ROWS,
          footer: districtFooter(),
        },
      ],
    ]);
    const ws = wb.getWorksheet('Biểu 01');
    if (!ws) throw new Error('form sheet missing');
    writeForm(ws, NEXT_YEAR, ws.rowCount + 3);
    return wb;
  },
};
