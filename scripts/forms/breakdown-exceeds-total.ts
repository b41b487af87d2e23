/**
 * A commune budget report whose breakdown rows hold slips: a "Trong đó" part larger than its total, a
 * part with a formula error and one with text; percentage and per-person parts above their total are fine.
 */
import { formula } from '../fixture-xlsx';
import type { FormFixture } from './form-fixture';
import { formWorkbook, group, ind, n, part } from './form-fixture';
import type { FormColumn, FormRow } from './form-writer';

const COLUMNS: readonly FormColumn[] = [
  { key: 'stt', head: ['STT'], width: 6 },
  { key: 'name', head: ['Nội dung'] },
  { key: 'unit', head: ['ĐVT'], width: 14 },
  { key: 'target', head: ['Dự toán', 'Kế hoạch năm 2023'] },
  { key: 'actual', head: ['Thực hiện', 'Năm 2023'] },
  { key: 'rate', head: ['Tỷ lệ (%)'], width: 10 },
];

const ROWS: readonly FormRow[] = [
  group('I', 'THU, CHI NGÂN SÁCH XÃ'),
  ind(1, 'Tổng thu ngân sách xã', 'Triệu đồng', { target: n(4800), actual: n(4850), rate: 101 }),
  part('Trong đó: Thu bổ sung từ ngân sách cấp trên', 'Triệu đồng', { target: n(3900), actual: n(5120) }),
  part('Chia ra:', ''),
  part('- Thu tại xã', 'Triệu đồng', { actual: formula('E14-E15', { error: '#N/A' }) }),
  part('- Thu điều tiết', 'Triệu đồng', { actual: 'đang tổng hợp' }),
  ind(2, 'Tổng chi ngân sách xã', 'Triệu đồng', { target: n(4700), actual: n(4590), rate: 97.7 }),
  part('Trong đó: Chi đầu tư phát triển', 'Triệu đồng', { actual: n(1250) }),
  group('II', 'XÃ HỘI'),
  ind(3, 'Tỷ lệ hộ nghèo', '%', { target: '≤ 13', actual: '12,5' }),
  part('Trong đó: Tỷ lệ hộ nghèo dân tộc thiểu số', '%', { actual: '18,2' }),
  ind(4, 'Thu nhập bình quân đầu người', 'Triệu đồng/người/năm', { target: 40, actual: '38,6', rate: 96.5 }),
  part('Trong đó: Khu vực thị tứ', 'Triệu đồng/người/năm', { actual: '52,4' }),
];

/** The commune budget report with breakdown slips. */
export const breakdownExceedsTotal: FormFixture = {
  file: 'breakdown-exceeds-total.xlsx',
  about:
    'SPEC §2.1 breakdowns: a "Trong đó" part (5.120) above its total (4.850) gets breakdown-exceeds-total; parts with #N/A and text get formula-error / not-a-number at their cells; a percentage part and a per-person part above their totals get nothing.',
  exit: 1,
  build: () =>
    formWorkbook([
      [
        'Thu chi NS',
        {
          issuer: ['UBND HUYỆN VĂN LÃNG', 'UBND XÃ HOÀNG VĂN THỤ'],
          titles: ['BIỂU SỐ 04', 'TÌNH HÌNH THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'],
          columns: COLUMNS,
          numbers: ['A', 'B', 'C', '1', '2', '3=2/1'],
          rows: ROWS,
          footer: {
            placeDate: 'Hoàng Văn Thụ, ngày 18 tháng 12 năm 2023',
            signers: [
              { title: ['KẾ TOÁN TRƯỞNG'], name: 'Nông Thị Lan', at: 'name' },
              { title: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Lăng Văn Bình', at: 'actual' },
            ],
          },
        },
      ],
    ]),
};
