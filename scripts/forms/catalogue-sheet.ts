/**
 * A "Danh mục chỉ tiêu" sheet for form fixtures that come with a catalogue: code, name, field, unit,
 * target and, when given, the baseline column "Năm gốc" that relative targets are measured from.
 */
import type { Workbook } from 'exceljs';
import { writeTable } from '../fixture-xlsx';
import type { Cell } from '../fixture-xlsx';

/** One catalogue indicator: code, name, field, unit, target (as typed) and optional baseline. */
export interface CatalogueLine {
  readonly code: string;
  readonly name: string;
  readonly field: string;
  readonly unit: string;
  readonly target: Cell;
  readonly baseline?: Cell;
  readonly agency?: string;
}

/** Adds the catalogue sheet (titled like the resolution it comes from) to a workbook. */
export function addCatalogueSheet(wb: Workbook, title: string, lines: readonly CatalogueLine[]): void {
  const withBaseline = lines.some((l) => l.baseline !== undefined);
  const columns = [
    { key: 'stt', header: 'STT', width: 6 },
    { key: 'code', header: 'Mã chỉ tiêu', width: 12 },
    { key: 'name', header: 'Tên chỉ tiêu', width: 48 },
    { key: 'field', header: 'Lĩnh vực', width: 18 },
    { key: 'unit', header: 'Đơn vị tính', width: 14 },
    ...(withBaseline ? [{ key: 'baseline', header: 'Năm gốc', width: 12 }] : []),
    { key: 'target', header: 'Mục tiêu', width: 16 },
    { key: 'agency', header: 'Cơ quan chủ trì', width: 28 },
  ];
  const rows = lines.map((l) => ({ cells: { code: l.code, name: l.name, field: l.field, unit: l.unit, target: l.target, baseline: l.baseline, agency: l.agency ?? '' } }));
  writeTable(wb.addWorksheet('Danh mục chỉ tiêu'), columns, rows, { titles: [title] });
}
