/** Child script: exceljs reading every .xlsx of a folder, one workbook at a time (`node exceljs-units.js DIR`). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** Reads each workbook of the folder into exceljs's model and counts its cells. */
export async function readAll(dir: string): Promise<{ files: number; cells: number }> {
  let cells = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
  for (const file of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, file));
    wb.eachSheet((ws) => ws.eachRow((row) => (cells += row.cellCount)));
  }
  return { files: files.length, cells };
}

if (require.main === module) {
  readAll(process.argv[2]).then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
