/**
 * A commune's report re-saved by LibreOffice Calc, so the package is that application's XML (shared
 * strings, styles, merges as Calc writes them), not our writer's. No catalogue.
 */
import type { FormFixture } from './form-fixture';
import { formWorkbook, group, ind, n, part } from './form-fixture';
import { ANNUAL_COLUMNS, ANNUAL_NUMBERS } from './form-parts';
import type { FormRow } from './form-writer';

const ROWS: readonly FormRow[] = [
  group('I', 'KINH TẾ'),
  ind(1, 'Tổng diện tích gieo trồng', 'Ha', { prev: n(1480), plan: n(1500), actual: n(1512), vsPlan: 100.8, vsPrev: 102.2 }),
  part('Trong đó: Diện tích lúa', 'Ha', { prev: 610, actual: 605 }),
  ind(2, 'Tổng đàn gia súc', 'Con', { prev: n(5230), plan: n(5400), actual: n(4920), vsPlan: 91.1, vsPrev: 94.1 }),
  ind(3, 'Thu ngân sách xã', 'Triệu đồng', { prev: n(4100), plan: n(4350), actual: n(4620), vsPlan: 106.2, vsPrev: 112.7 }),
  group('II', 'VĂN HÓA - XÃ HỘI'),
  ind(4, 'Tỷ lệ hộ nghèo', '%', { prev: '15,2', plan: '≤ 13', actual: '13,8' }),
  ind(5, 'Số thôn đạt danh hiệu văn hóa', 'Thôn', { prev: 8, plan: 10, actual: 6, vsPlan: 60, vsPrev: 75 }),
];

/** The commune report saved by LibreOffice. */
export const libreofficeSaved: FormFixture = {
  file: 'libreoffice-saved.xlsx',
  about: 'SPEC §2.1, §2.2 on a package written by LibreOffice Calc (converted with soffice --convert-to xlsx): commune report, stacked header, column-number row, footer.',
  exit: 0,
  viaLibreOffice: true,
  build: () =>
    formWorkbook([
      [
        'Biểu 01',
        {
          issuer: ['UBND HUYỆN VĂN LÃNG', 'UBND XÃ TÂN THANH'],
          titles: ['BIỂU SỐ 01', 'KẾT QUẢ THỰC HIỆN CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023 CỦA XÃ TÂN THANH'],
          columns: ANNUAL_COLUMNS,
          numbers: ANNUAL_NUMBERS,
          rows: ROWS,
          footer: {
            placeDate: 'Tân Thanh, ngày 10 tháng 12 năm 2023',
            signers: [
              { title: ['NGƯỜI LẬP BIỂU'], name: 'Vi Thị Hoa', at: 'name' },
              { title: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Hoàng Văn Tuấn', at: 'actual' },
            ],
          },
        },
      ],
    ]),
};
