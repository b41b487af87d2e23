/** Child script: exceljs's streaming reader iterating every row of a workbook (`node exceljs-stream.js IN`). */
import ExcelJS from 'exceljs';

/** Streams every worksheet and row, touching each cell value; returns the number of cells seen. */
export async function streamAllRows(input: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      row.eachCell(() => cells++);
    }
  }
  return cells;
}

if (require.main === module) {
  streamAllRows(process.argv[2]).then(
    (cells) => process.stdout.write(JSON.stringify({ cells }) + '\n'),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
