/**
 * Pieces real forms share: the annual-report columns with their stacked "So sánh (%)" header and
 * column-number row, and the district's footer (place-and-date line, NGƯỜI LẬP BIỂU, TM. ỦY BAN NHÂN DÂN).
 */
import type { FormColumn, FormFooter } from './form-writer';

/** The issuing body of the district forms. */
export const DISTRICT: readonly string[] = ['ỦY BAN NHÂN DÂN', 'HUYỆN VĂN LÃNG'];

/** Columns of the annual socio-economic report: last year, plan, estimate, two stated comparisons, note. */
export const ANNUAL_COLUMNS: readonly FormColumn[] = [
  { key: 'stt', head: ['STT'], width: 6 },
  { key: 'name', head: ['Chỉ tiêu'] },
  { key: 'unit', head: ['Đơn vị tính'], width: 12 },
  { key: 'prev', head: ['Thực hiện năm 2022'] },
  { key: 'plan', head: ['Kế hoạch năm 2023'] },
  { key: 'actual', head: ['Ước thực hiện năm 2023'] },
  { key: 'vsPlan', head: ['So sánh (%)', 'TH 2023/KH 2023'] },
  { key: 'vsPrev', head: ['So sánh (%)', 'TH 2023/TH 2022'] },
  { key: 'note', head: ['Ghi chú'], width: 18 },
];

/** The column-number row of the annual report. */
export const ANNUAL_NUMBERS: readonly string[] = ['A', 'B', 'C', '1', '2', '3', '4=3/2', '5=3/1', '6'];

/** The district's footer: a note, the place-and-date line and two signature blocks. */
export function districtFooter(notes: readonly string[] = ['Ghi chú: Số liệu năm 2023 là số ước thực hiện.']): FormFooter {
  return {
    notes,
    placeDate: 'Văn Lãng, ngày 15 tháng 12 năm 2023',
    signers: [
      { title: ['NGƯỜI LẬP BIỂU'], name: 'Hoàng Thị Mai', at: 'name' },
      { title: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Lương Văn Đức', at: 'actual' },
    ],
  };
}
