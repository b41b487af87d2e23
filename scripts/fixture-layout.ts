/**
 * The column layouts and row helpers shared by the sample and the fixtures: the catalogue columns,
 * the half-year report columns, and short constructors for catalogue, indicator and group rows.
 */
import type { Cell, Column, RowExpectation, TableRow } from './fixture-xlsx';

/** The five fields of a provincial resolution, as the catalogue names them. */
export const FIELD = {
  kt: 'Kinh tế',
  vhxh: 'Văn hóa – Xã hội',
  mt: 'Môi trường',
  qpan: 'Quốc phòng – An ninh',
  xdd: 'Xây dựng Đảng, hệ thống chính trị',
} as const;

/** Group headings of the data sheet, in order, with their Roman STT. */
export const GROUP = {
  kt: ['I', 'KINH TẾ'],
  vhxh: ['II', 'VĂN HÓA – XÃ HỘI'],
  mt: ['III', 'MÔI TRƯỜNG'],
  qpan: ['IV', 'QUỐC PHÒNG – AN NINH'],
  xdd: ['V', 'XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ'],
} as const;

/** Catalogue columns in Vietnamese. */
export const CATALOGUE_COLUMNS: readonly Column[] = [
  { key: 'stt', header: 'STT' },
  { key: 'code', header: 'Mã chỉ tiêu' },
  { key: 'name', header: 'Tên chỉ tiêu' },
  { key: 'field', header: 'Lĩnh vực', width: 22 },
  { key: 'unit', header: 'Đơn vị tính' },
  { key: 'direction', header: 'Chiều đánh giá (Tăng/Giảm)' },
  { key: 'target', header: 'Mục tiêu' },
  { key: 'agency', header: 'Cơ quan chủ trì' },
];

/** Catalogue columns in English. */
export const CATALOGUE_COLUMNS_EN: readonly Column[] = [
  { key: 'stt', header: 'No.' },
  { key: 'code', header: 'Code' },
  { key: 'name', header: 'Indicator' },
  { key: 'field', header: 'Field', width: 22 },
  { key: 'unit', header: 'Unit' },
  { key: 'direction', header: 'Direction' },
  { key: 'target', header: 'Target' },
  { key: 'agency', header: 'Lead agency' },
];

/** Half-year report columns in Vietnamese. */
export const DATA_COLUMNS: readonly Column[] = [
  { key: 'stt', header: 'STT' },
  { key: 'code', header: 'Mã' },
  { key: 'name', header: 'Chỉ tiêu' },
  { key: 'unit', header: 'ĐVT' },
  { key: 'target', header: 'Kế hoạch năm 2025' },
  { key: 'actual', header: 'Thực hiện 6 tháng 2025' },
  { key: 'rate', header: 'Tỷ lệ (%)' },
  { key: 'assess', header: 'Đánh giá' },
  { key: 'override', header: 'Đánh giá điều chỉnh', width: 22 },
  { key: 'reason', header: 'Lý do' },
  { key: 'note', header: 'Ghi chú' },
];

/** Half-year report columns in English. */
export const DATA_COLUMNS_EN: readonly Column[] = [
  { key: 'stt', header: 'No.' },
  { key: 'code', header: 'Code' },
  { key: 'name', header: 'Indicator' },
  { key: 'unit', header: 'Unit' },
  { key: 'target', header: 'Plan 2025' },
  { key: 'actual', header: 'Actual H1 2025' },
  { key: 'rate', header: '% of target' },
  { key: 'assess', header: 'Assessment' },
  { key: 'override', header: 'Override', width: 22 },
  { key: 'reason', header: 'Reason' },
  { key: 'note', header: 'Note' },
];

/** One catalogue indicator. */
export interface CatalogueEntry {
  readonly code: string;
  readonly name: string;
  readonly field: string;
  readonly unit: string;
  /** "Tăng", "Giảm" or empty (then taken from the target's comparator, else increase). */
  readonly direction: string;
  readonly target: Cell;
  readonly agency: string;
}

/** A catalogue entry as a table row. */
export function catalogueRow(e: CatalogueEntry): TableRow {
  return { cells: { code: e.code, name: e.name, field: e.field, unit: e.unit || null, direction: e.direction || null, target: e.target === '' ? null : e.target, agency: e.agency } };
}

/** The optional cells of a report row. */
export interface RowExtras {
  readonly stt?: Cell;
  readonly rate?: Cell;
  readonly assess?: string;
  readonly override?: string;
  readonly reason?: string;
  readonly note?: Cell;
  readonly [key: string]: Cell | undefined;
}

/** A report row for one indicator, with what the checker should make of it. */
export function indicatorRow(
  code: string | null,
  name: Cell,
  unit: Cell,
  target: Cell,
  actual: Cell,
  extras: RowExtras = {},
  expect?: RowExpectation,
): TableRow {
  return { cells: { code, name, unit, target, actual, ...extras }, expect };
}

/** A group heading row ("I" | "KINH TẾ"). */
export function groupRow(stt: string, title: string): TableRow {
  return { group: true, cells: { stt, name: title } };
}
