import { isPayloadLimitError } from '../../src/excel/host';
import { newWorkbook } from './fake';
import { bigGrid, cell, portOver } from './support';

describe('readSheet over the fake Excel host', () => {
  it('reads values, percent formats, cached formula results and error cells exactly, keeping the used range position', async () => {
    const book = newWorkbook([
      {
        name: 'Dữ liệu',
        cells: [
          undefined,
          undefined,
          [undefined, cell('Mã'), cell('Thực hiện')],
          [undefined, cell('KT01'), cell(0.1205, '0.00%')],
          [undefined, cell('KT02'), { value: '#DIV/0!', numberFormat: 'General', error: true }],
          [undefined, cell('KT03'), { value: 12, numberFormat: '#,##0', formula: '=6*2' }],
          [undefined, cell('=not a formula', '@'), cell('')],
        ],
      },
    ]);
    const sheet = await portOver(book).readSheet('Dữ liệu');
    expect(sheet).toEqual({
      name: 'Dữ liệu',
      rows: [
        undefined,
        undefined,
        [undefined, { value: 'Mã' }, { value: 'Thực hiện' }],
        [undefined, { value: 'KT01' }, { value: 0.1205, numFmt: '0.00%' }],
        [undefined, { value: 'KT02' }, { value: { error: '#DIV/0!' } }],
        [undefined, { value: 'KT03' }, { value: 12, numFmt: '#,##0' }],
        [undefined, { value: '=not a formula', numFmt: '@' }],
      ],
    });
  });

  it('reassembles chunked reads exactly, whatever the chunk size', async () => {
    const book = newWorkbook([{ name: 'Dữ liệu', cells: bigGrid(12_345) }]);
    const whole = await portOver(book, '1.9', 20_000).readSheet('Dữ liệu');
    const small = await portOver(book, '1.9', 1_000).readSheet('Dữ liệu');
    const odd = await portOver(book, '1.9', 777).readSheet('Dữ liệu');
    expect(small).toEqual(whole);
    expect(odd).toEqual(whole);
    expect(whole.rows).toHaveLength(12_346);
    expect(whole.rows[97 + 0]?.[5]).toEqual({ value: { error: '#DIV/0!' } });
  });

  it('loads only values, number formats and value types (never formulas)', async () => {
    const book = newWorkbook([{ name: 'Dữ liệu', cells: bigGrid(200) }]);
    await portOver(book).readSheet('Dữ liệu');
    expect(book.loadedProperties.has('formulas')).toBe(false);
    expect([...book.loadedProperties]).toEqual(expect.arrayContaining(['values', 'numberFormat', 'valueTypes']));
  });

  it('takes any payload or size refusal, request or response, as a reason to retry smaller', () => {
    for (const code of ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']) expect(isPayloadLimitError({ code, message: 'x' })).toBe(true);
    expect(isPayloadLimitError({ code: 'GeneralException', message: 'The response payload size has exceeded the limit.' })).toBe(true);
    expect(isPayloadLimitError({ code: 'InvalidOperation', message: 'The request is too large.' })).toBe(true);
    expect(isPayloadLimitError({ code: 'InvalidOperation', message: 'The workbook is protected.' })).toBe(false);
    expect(isPayloadLimitError('RequestPayloadSizeLimitExceeded')).toBe(false);
  });

  it('halves the chunk and retries when Excel refuses a response as too large, and still returns every row', async () => {
    const book = newWorkbook([{ name: 'Dữ liệu', cells: bigGrid(20_000) }]);
    const reference = await portOver(book).readSheet('Dữ liệu');
    book.payloadLimit = 400_000;
    book.requests = [];
    const retried = await portOver(book).readSheet('Dữ liệu');
    expect(retried).toEqual(reference);
    const refused = book.requests.filter((r) => r.responseBytes > book.payloadLimit);
    expect(refused.length).toBeGreaterThan(0);
    expect(book.requests.every((r) => r.requestBytes <= book.payloadLimit)).toBe(true);
  });

  it('honours maxRows for header detection', async () => {
    const book = newWorkbook([{ name: 'Dữ liệu', cells: bigGrid(100) }]);
    const head = await portOver(book).readSheet('Dữ liệu', { maxRows: 30 });
    expect(head.rows).toHaveLength(30);
  });

  it('returns no rows for an empty sheet', async () => {
    const book = newWorkbook([{ name: 'Trống', cells: [] }]);
    expect(await portOver(book).readSheet('Trống')).toEqual({ name: 'Trống', rows: [] });
  });

  it('reports read progress', async () => {
    const book = newWorkbook([{ name: 'Dữ liệu', cells: bigGrid(12_000) }]);
    const seen: number[] = [];
    await portOver(book).readSheet('Dữ liệu', { onProgress: (p) => seen.push(p.done) });
    // The first chunk is 5 000 rows; the next is sized from the bytes those took, so the rest fits in one more.
    expect(seen).toEqual([5_000, 12_001]);
  });
});
