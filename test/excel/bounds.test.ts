import { newWorkbook } from './fake';
import { bigGrid, issueSheetModel, portOver } from './support';

const FIVE_MB = 5 * 1024 * 1024;
const ROWS = 100_000;

describe('sync and payload bounds for 100 000 rows', () => {
  it(`reads ${ROWS} rows in at most 2·⌈rows/5000⌉ + 10 syncs, no request or response over 5 MB`, async () => {
    const book = newWorkbook([{ name: 'Dữ liệu', cells: bigGrid(ROWS) }]);
    const sheet = await portOver(book).readSheet('Dữ liệu');
    expect(sheet.rows).toHaveLength(ROWS + 1);
    const bound = 2 * Math.ceil(ROWS / 5000) + 10;
    expect(book.syncs).toBeLessThanOrEqual(bound);
    const largest = Math.max(...book.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)));
    expect(largest).toBeLessThanOrEqual(FIVE_MB);
    console.log(`read ${ROWS} rows: ${book.syncs} syncs (bound ${bound}), largest payload ${(largest / 1e6).toFixed(2)} MB`);
  });

  it(`writes a ${ROWS}-row owned sheet within the same bound, every request under 5 MB`, async () => {
    const book = newWorkbook([{ name: 'Dữ liệu', cells: [[{ value: 'x', numberFormat: 'General' }]] }]);
    await portOver(book).writeOwnedSheet(issueSheetModel(ROWS));
    const bound = 2 * Math.ceil(ROWS / 5000) + 10;
    expect(book.syncs).toBeLessThanOrEqual(bound);
    const largest = Math.max(...book.requests.map((r) => r.requestBytes));
    expect(largest).toBeLessThanOrEqual(FIVE_MB);
    expect(book.sheets[1].cells).toHaveLength(ROWS + 2);
    console.log(`wrote ${ROWS} rows: ${book.syncs} syncs (bound ${bound}), largest request ${(largest / 1e6).toFixed(2)} MB`);
  });
});
