import type { CheckOptions, CheckOutcome, RawCell, Report, SheetData, SheetFlags, SheetInfo, SheetModel, WorkbookPort } from '../../src/core';
import { isRunFailure, runCheck } from '../../src/core';
import type { RunFailure } from '../../src/core/model/api';

/** A cell value as tests write it: a plain value, or a raw cell with a number format or formula. */
export type TestCell = RawCell['value'] | RawCell | undefined;

/** Builds a sheet from rows of test cells (row 1 first). */
export function sheet(name: string, rows: ReadonlyArray<ReadonlyArray<TestCell>>): SheetData {
  return {
    name,
    rows: rows.map((row) =>
      row.map((c): RawCell | undefined => {
        if (c === undefined || c === null) return undefined;
        if (typeof c === 'object' && 'value' in c) return c;
        return { value: c };
      }),
    ),
  };
}

/** An in-memory WorkbookPort over sheets, recording what the engine writes. */
export class MemoryPort implements WorkbookPort {
  readonly written: SheetModel[] = [];
  readonly flags = new Map<string, SheetFlags>();
  readonly reads: string[] = [];

  constructor(
    readonly sheets: SheetData[],
    readonly owned: Record<string, SheetInfo['owned']> = {},
  ) {}

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.sheets.map((s) => (this.owned[s.name] ? { name: s.name, owned: this.owned[s.name] } : { name: s.name }));
  }

  async readSheet(name: string, options?: { readonly maxRows?: number }): Promise<SheetData> {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    this.reads.push(name);
    return options?.maxRows === undefined ? found : { name, rows: found.rows.slice(0, options.maxRows) };
  }

  async writeOwnedSheet(model: SheetModel): Promise<string> {
    this.written.push(model);
    return model.name;
  }

  async setFlags(flags: SheetFlags): Promise<void> {
    this.flags.set(flags.sheet, flags);
  }

  async clearFlags(sheet: string): Promise<void> {
    this.flags.delete(sheet);
  }
}

/** The header of the standard test catalogue. */
export const CATALOGUE_HEADER = ['STT', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Lĩnh vực', 'Đơn vị tính', 'Chiều đánh giá', 'Mục tiêu', 'Cơ quan chủ trì'];

/** The header of the standard test data sheet. */
export const DATA_HEADER = ['STT', 'Mã', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)', 'Đánh giá', 'Đánh giá điều chỉnh', 'Lý do'];

/** A catalogue row: code, name, field, unit, direction, target. */
export function cat(code: string, name: string, unit: TestCell, target: TestCell, direction: TestCell = '', field = 'Kinh tế'): TestCell[] {
  return [1, code, name, field, unit, direction, target, 'Sở Kế hoạch và Đầu tư'];
}

/** A data row by column name (unnamed columns blank). */
export function row(values: Partial<Record<'code' | 'name' | 'unit' | 'target' | 'actual' | 'rate' | 'assessment' | 'override' | 'reason', TestCell>>): TestCell[] {
  return [1, values.code, values.name, values.unit, values.target, values.actual, values.rate, values.assessment, values.override, values.reason];
}

/** Default options of test runs. */
export const OPTIONS: CheckOptions = { lang: 'vi', thresholds: { critical: 50, warning: 70 }, numberStyle: 'vi', generatedAt: '01/07/2025 08:00' };

/** Runs a check over a catalogue and one data sheet (titles above both headers); throws on a run failure. */
export async function check(catalogueRows: TestCell[][], dataRows: TestCell[][], options: Partial<CheckOptions> = {}): Promise<CheckOutcome & { port: MemoryPort }> {
  const port = new MemoryPort([
    sheet('Danh mục chỉ tiêu', [['DANH MỤC CHỈ TIÊU NGHỊ QUYẾT'], [], CATALOGUE_HEADER, ...catalogueRows]),
    sheet('Báo cáo', [['UBND TỈNH'], ['BIỂU TỔNG HỢP KẾT QUẢ'], [], DATA_HEADER, ...dataRows]),
  ]);
  const outcome = await runCheck(port, { ...OPTIONS, ...options }, { validation: true, summary: true, flags: true });
  if (isRunFailure(outcome)) throw new Error(`run failed: ${outcome.message}`);
  return { ...outcome, port };
}

/** Runs a check and returns either the outcome or the failure, for failure tests. */
export async function checkSheets(sheets: SheetData[], options: Partial<CheckOptions> = {}): Promise<CheckOutcome | RunFailure> {
  return runCheck(new MemoryPort(sheets), { ...OPTIONS, ...options }, { validation: true, summary: true, flags: true });
}

/** The rule ids of a report's issues. */
export function rules(report: Report): string[] {
  return report.issues.map((i) => i.rule);
}

/** The first data row is sheet row 5 (two title rows, a blank row and the header above it). */
export const FIRST_DATA_ROW = 5;
