import { OfficeMockObject } from 'office-addin-mock';
import { OWNED_SHEET_NAME_MARKER } from '../../src/core/model/sheet-model';
import { readSheetChunked } from '../../src/excel/read-sheet';
import { scanWorkbook } from '../../src/excel/scan';
import { ExcelSession } from '../../src/excel/session';

const NOT_LOADED = 'Error, property was not loaded';
const NOT_SYNCED = 'Error, context.sync() was not called';

type Grid = Array<Array<string | number>>;

/**
 * office-addin-mock returns error strings (instead of throwing) when a property is read before load()
 * or before sync(); these tests drive the adapter through it and assert no such string leaks into results.
 */
function mockContext(values: Grid, formats: string[][], types: string[][]): { context: Excel.RequestContext; syncs: () => number } {
  const created: OfficeMockObject[] = [];
  let syncs = 0;
  const sheet = new OfficeMockObject({
    used: { rowIndex: 0, columnIndex: 0, rowCount: values.length, columnCount: values[0].length },
  });
  Object.defineProperty(sheet.used, 'isNullObject', { value: false });
  sheet.getUsedRangeOrNullObject = () => sheet.used;
  sheet.getRangeByIndexes = (row: number, _col: number, rows: number) => {
    const chunk = new OfficeMockObject({
      values: values.slice(row, row + rows),
      numberFormat: formats.slice(row, row + rows),
      valueTypes: types.slice(row, row + rows),
    });
    created.push(chunk);
    return chunk;
  };
  const context = new OfficeMockObject({ workbook: { worksheets: {} } });
  context.workbook.worksheets.getItem = () => sheet;
  const baseSync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    await baseSync();
    await sheet.sync();
    for (const chunk of created) await chunk.sync();
  };
  return { context: context as unknown as Excel.RequestContext, syncs: () => syncs };
}

describe('load/sync discipline checked with office-addin-mock', () => {
  it('readSheet loads before it reads and syncs before it uses values', async () => {
    const values: Grid = [['Mã', 'Thực hiện'], ['KT01', 12.5], ['KT02', '#N/A'], ['KT03', 0.5]];
    const formats = [['General', 'General'], ['General', '0.0'], ['General', 'General'], ['General', '0%']];
    const types = [['String', 'String'], ['String', 'Double'], ['String', 'Error'], ['String', 'Double']];
    const { context, syncs } = mockContext(values, formats, types);
    const sheet = await readSheetChunked(new ExcelSession(context, () => true), 'Dữ liệu', { chunkRows: 2 });
    const text = JSON.stringify(sheet);
    expect(text).not.toContain(NOT_LOADED);
    expect(text).not.toContain(NOT_SYNCED);
    expect(sheet.rows[2]).toEqual([{ value: 'KT02' }, { value: { error: '#N/A' } }]);
    expect(sheet.rows[3]).toEqual([{ value: 'KT03' }, { value: 0.5, numFmt: '0%' }]);
    expect(syncs()).toBe(3);
  });

  it('the workbook scan reads names, owned markers, used ranges and first rows only after loading them', async () => {
    const marker = (formula: string | null) => {
      const item = new OfficeMockObject({ formula: formula ?? '' });
      Object.defineProperty(item, 'isNullObject', { value: formula === null });
      return item;
    };
    const range = (empty: boolean) => {
      const item = new OfficeMockObject({ rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 2, values: [['Mã', 'Thực hiện']], numberFormat: [['General', 'General']], valueTypes: [['String', 'String']] });
      Object.defineProperty(item, 'isNullObject', { value: empty });
      return item;
    };
    // office-addin-mock cannot load a property of a collection's items: a sheet without conditional formats.
    const noFormats = () => ({ load: () => undefined, items: [] as unknown[] });
    const items = [
      { name: 'Dữ liệu', marker: marker(null), used: range(false), head: range(false), formats: noFormats() },
      { name: 'Kiểm tra', marker: marker('="validation"'), used: range(true), head: range(true), formats: noFormats() },
    ];
    const sheetMocks = items.map((item) => {
      const sheet = new OfficeMockObject({ name: item.name, names: {} });
      sheet.names.getItemOrNullObject = (name: string) => (name === OWNED_SHEET_NAME_MARKER ? item.marker : marker(null));
      sheet.getUsedRangeOrNullObject = () => item.used;
      sheet.getRange = (address?: string) => (address === undefined ? { conditionalFormats: item.formats } : { getUsedRangeOrNullObject: () => item.head });
      return sheet;
    });
    const worksheets = new OfficeMockObject({ items: [] });
    worksheets.load = () => {
      for (const sheet of sheetMocks) sheet.load('name');
      return worksheets;
    };
    let loaded = false;
    Object.defineProperty(worksheets, 'items', { get: () => (loaded ? sheetMocks : NOT_LOADED) });
    const ctx = new OfficeMockObject({ workbook: {} });
    ctx.workbook.worksheets = worksheets;
    let syncs = 0;
    ctx.sync = async () => {
      syncs++;
      loaded = true;
      for (const s of sheetMocks) await s.sync();
      for (const i of items) for (const o of [i.marker, i.used, i.head]) await o.sync();
    };
    const scans = await scanWorkbook(new ExcelSession(ctx as unknown as Excel.RequestContext, () => true), false);
    expect(JSON.stringify(scans.map((s) => [s.name, s.owned, s.used, s.head]))).not.toMatch(/Error, /);
    expect(scans.map((s) => ({ name: s.name, owned: s.owned }))).toEqual([{ name: 'Dữ liệu', owned: undefined }, { name: 'Kiểm tra', owned: 'validation' }]);
    expect(scans[0].head).toEqual([[{ value: 'Mã' }, { value: 'Thực hiện' }]]);
    expect(scans[1].used).toBeNull();
    expect(syncs).toBe(2);
  });
});
