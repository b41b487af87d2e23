/** Child script: exceljs's own full read and rewrite of a workbook (`node exceljs-full.js IN OUT`). */
import ExcelJS from 'exceljs';

/** Reads the whole workbook into exceljs's model and writes it back out. */
export async function readAndRewrite(input: string, output: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  let cells = 0;
  wb.eachSheet((ws) => ws.eachRow((row) => (cells += row.cellCount)));
  await wb.xlsx.writeFile(output);
  return cells;
}

if (require.main === module) {
  const [input, output] = process.argv.slice(2);
  readAndRewrite(input, output).then(
    (cells) => process.stdout.write(JSON.stringify({ cells }) + '\n'),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
