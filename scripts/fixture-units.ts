/**
 * The consolidation fixtures of test/fixtures/units/: five communes' forms (one reporting money in triệu đồng,
 * one leaving an indicator blank and another out, one with a validation error and a row outside the catalogue),
 * one unreadable file, the district's catalogue and the expected unit list (one unit has not reported).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvBytes } from './fixture-csv';
import type { UnitForm, UnitGroup, UnitRow } from './fixture-unit-form';
import { writeUnitForm } from './fixture-unit-form';

/** The district's catalogue: code, name, field, unit, direction, target (Vietnamese number style). */
export const UNIT_CATALOGUE: ReadonlyArray<readonly [string, string, string, string, string, string]> = [
  ['KT01', 'Thu ngân sách nhà nước trên địa bàn', 'Kinh tế', 'tỷ đồng', 'Tăng', '60'],
  ['KT02', 'Tổng vốn đầu tư toàn xã hội', 'Kinh tế', 'tỷ đồng', 'Tăng', '250'],
  ['KT03', 'Thu nhập bình quân đầu người', 'Kinh tế', 'triệu đồng/người', 'Tăng', '55'],
  ['KT04', 'Diện tích gieo trồng cây lương thực', 'Kinh tế', 'ha', 'Tăng', '4.200'],
  ['XH01', 'Số lao động được tạo việc làm mới', 'Xã hội', 'người', 'Tăng', '1.500'],
  ['XH02', 'Tỷ lệ hộ nghèo', 'Xã hội', '%', 'Giảm', '3'],
  ['XH03', 'Số hộ được hỗ trợ nhà ở', 'Xã hội', 'hộ', 'Tăng', '180'],
  ['MT01', 'Tỷ lệ dân số nông thôn được dùng nước hợp vệ sinh', 'Môi trường', '%', 'Tăng', '≥ 98'],
];

const FIELDS: ReadonlyArray<readonly [string, string, string]> = [
  ['I', 'KINH TẾ', 'Kinh tế'],
  ['II', 'XÃ HỘI', 'Xã hội'],
  ['III', 'MÔI TRƯỜNG', 'Môi trường'],
];

/** Actuals by code; a code left out has no row, `undefined` leaves the actual blank; `units` overrides a row's unit. */
type Actuals = Readonly<Record<string, UnitRow['actual'] | null>>;

/** The groups of a form from its actuals, in catalogue order, plus extra rows at the end of the first group. */
function groups(actuals: Actuals, units: Readonly<Record<string, string>> = {}, extra: readonly UnitRow[] = []): UnitGroup[] {
  return FIELDS.map(([stt, title, field], g) => ({
    stt,
    title,
    rows: [
      ...UNIT_CATALOGUE.filter((c) => c[2] === field && c[0] in actuals).map(([code, name, , unit]) => ({ code, name, unit: units[code] ?? unit, actual: actuals[code] ?? undefined })),
      ...(g === 0 ? extra : []),
    ],
  }));
}

const DISTRICT = 'UBND HUYỆN VĂN LÃNG';

/** The five readable unit forms, by file name. */
export const UNIT_FORMS: ReadonlyArray<readonly [string, UnitForm]> = [
  ['xa-tan-thanh.xlsx', { issuers: [DISTRICT, 'UBND XÃ TÂN THANH'], place: 'Tân Thanh', signer: 'Nguyễn Văn Hùng', groups: groups({ KT01: 12.5, KT02: 45.2, KT03: 52.4, KT04: 520, XH01: 310, XH02: 2.8, XH03: 25, MT01: 98.5 }) }],
  [
    'xa-hoang-van-thu.xlsx',
    {
      issuers: [DISTRICT, 'UBND XÃ HOÀNG VĂN THỤ'],
      place: 'Hoàng Văn Thụ',
      signer: 'Lương Văn Tùng',
      groups: groups({ KT01: 10250, KT02: 38600, KT03: 48.9, KT04: 465.5, XH01: 275, XH02: 3.4, XH03: 22, MT01: 97.2 }, { KT01: 'triệu đồng', KT02: 'triệu đồng' }),
    },
  ],
  ['xa-thuy-hung.xlsx', { issuers: [DISTRICT, 'UBND XÃ THỤY HÙNG'], place: 'Thụy Hùng', signer: 'Hoàng Văn Thắng', groups: groups({ KT01: 8.75, KT02: 30, KT03: 45.1, KT04: 610, XH01: 240, XH02: 4.1, XH03: null }) }],
  [
    'tt-na-sam.xlsx',
    {
      issuers: [DISTRICT, 'UBND THỊ TRẤN NA SẦM'],
      place: 'Na Sầm',
      signer: 'Vi Văn Long',
      groups: groups({ KT01: 21.3, KT02: 72.15, KT03: 61.2, KT04: 'chưa có số liệu', XH01: 402, XH02: 1.9, XH03: 31, MT01: 99.1 }, {}, [
        { code: 'KT99', name: 'Số doanh nghiệp thành lập mới', unit: 'doanh nghiệp', actual: 12 },
      ]),
    },
  ],
  ['xa-tan-my.xlsx', { issuers: [DISTRICT, 'UBND XÃ TÂN MỸ'], place: 'Tân Mỹ', signer: 'Nông Văn Phúc', groups: groups({ KT01: 9.4, KT02: 41, KT03: 50.3, KT04: 498, XH01: 268, XH02: 3.05, XH03: 19, MT01: 96.8 }) }],
];

/** A file a unit sent that is not a workbook (a web page saved under an .xlsx name). */
export const UNREADABLE_UNIT = 'xa-hoang-viet.xlsx';

/** The units the district expects, as its office lists them (Bắc La has not reported). */
export const EXPECTED_UNITS = ['Xã Tân Thanh', 'Xã Hoàng Văn Thụ', 'Xã Thụy Hùng', 'Thị trấn Na Sầm', 'Xã Tân Mỹ', 'Xã Hoàng Việt', 'Xã Bắc La'];

/** CSV text of rows, every field quoted, CRLF line ends. */
function csv(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
}

/** Writes the unit forms, the unreadable file, danh-muc.csv and don-vi.csv into `dir`; returns the file names. */
export async function writeUnitFixtures(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  for (const [file, form] of UNIT_FORMS) await writeUnitForm(join(dir, file), form);
  writeFileSync(join(dir, UNREADABLE_UNIT), '<html><body><table><tr><td>Báo cáo xã Hoàng Việt</td></tr></table></body></html>\n');
  const header = ['STT', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Lĩnh vực', 'Đơn vị tính', 'Chiều đánh giá', 'Mục tiêu'];
  writeFileSync(join(dir, 'danh-muc.csv'), csvBytes(csv([header, ...UNIT_CATALOGUE.map((c, i) => [String(i + 1), ...c])])));
  writeFileSync(join(dir, 'don-vi.csv'), csvBytes(csv([['STT', 'Tên đơn vị'], ...EXPECTED_UNITS.map((u, i) => [String(i + 1), u])])));
  return [...UNIT_FORMS.map(([file]) => file), UNREADABLE_UNIT, 'danh-muc.csv', 'don-vi.csv'];
}
