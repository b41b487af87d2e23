/**
 * The task pane's consolidation output through the Excel adapter (fake Excel): the three owned sheets go into the open
 * workbook in one session, a second run replaces them (in the other language too), and user sheets are never touched,
 * even one that already has an owned sheet's name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OWNED_SHEET_NAME_MARKER } from '../../src/core/model/sheet-model';
import { DEFAULT_THRESHOLDS } from '../../src/core/model/model';
import type { Lang } from '../../src/core/model/model';
import type { RunBatch } from '../../src/excel/host';
import { createExcelPort, excelSessions } from '../../src/excel/port';
import { consolidateFiles } from '../../src/ui/consolidate';
import { writeConsolidationSheets } from '../../src/ui/consolidate-workbook';
import type { PaneHost } from '../../src/ui/host';
import { readCatalogueBytes } from '../../src/xlsx';
import { createFakeExcel, newWorkbook, snapshotSheet } from './fake';
import { cell } from './support';

const UNITS = join(__dirname, '..', 'fixtures', 'units');

/** The sheets of two units' consolidation in a language. */
async function sheetsIn(lang: Lang) {
  const files = ['xa-tan-my.xlsx', 'xa-tan-thanh.xlsx'].map((name) => Object.assign(new Blob([readFileSync(join(UNITS, name))]), { name }));
  const catalogue = readCatalogueBytes(readFileSync(join(UNITS, 'danh-muc.csv')), 'danh-muc.csv');
  if (catalogue.kind !== 'sheet') throw new Error('no catalogue');
  const result = await consolidateFiles({ files, unitList: null, settings: { thresholds: DEFAULT_THRESHOLDS }, lang, catalogue: catalogue.sheet, generatedAt: '01/07/2025 08:30' }, () => undefined);
  expect(result.report.units.map((u) => u.status)).toEqual(['submitted', 'submitted']);
  return result.sheets;
}

describe('consolidation sheets written through the Excel adapter', () => {
  it('writes the three owned sheets in one session, replaces them on the next run, and leaves user sheets alone', async () => {
    const book = newWorkbook([
      { name: 'Tổng hợp đơn vị', cells: [[cell('Bảng của người dùng')], [cell(42)]] },
      { name: 'Số liệu', cells: [[cell('STT'), cell('Mã chỉ tiêu'), cell('Thực hiện')]] },
    ]);
    const userSheets = book.sheets.map(snapshotSheet);
    const excel = createFakeExcel(book);
    const run: RunBatch = (batch) => excel.run(batch);
    const supports = (): boolean => true;
    const host = { port: createExcelPort({ run, supports }), withWorkbook: excelSessions({ run, supports }) } as unknown as PaneHost;

    const syncsBefore = book.syncs;
    const names = await writeConsolidationSheets(host, await sheetsIn('vi'));
    expect(names).toEqual(['Tổng hợp đơn vị (2)', 'Theo đơn vị', 'Tình hình nộp báo cáo']);
    expect(book.syncs - syncsBefore).toBeLessThanOrEqual(6);
    const marker = (name: string) => book.sheets.find((s) => s.name === name)?.names.get(OWNED_SHEET_NAME_MARKER)?.formula;
    expect(names.map(marker)).toEqual(['="consolidation"', '="by-unit"', '="submissions"']);
    expect(book.sheets.find((s) => s.name === 'Tình hình nộp báo cáo')?.cells[1]?.[0]?.value).toBe('2 đơn vị đã nộp.');

    const english = await writeConsolidationSheets(host, await sheetsIn('en'));
    expect(english).toEqual(['Consolidated', 'By unit', 'Submissions']);
    expect(book.sheets.map((s) => s.name)).toEqual(['Tổng hợp đơn vị', 'Số liệu', 'Consolidated', 'By unit', 'Submissions']);
    expect(book.sheets.slice(0, 2).map(snapshotSheet)).toEqual(userSheets);
  });
});
