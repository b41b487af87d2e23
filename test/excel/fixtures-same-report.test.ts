import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRunFailure, runCheck } from '../../src/core';
import type { CheckOptions } from '../../src/core/model/api';
import type { SheetData } from '../../src/core/model/model';
import { DEFAULT_THRESHOLDS } from '../../src/core/model/model';
import { FilePort } from '../../src/xlsx/file-port';
import { openWorkbook } from '../../src/xlsx';
import type { FakeCell } from './fake';
import { newWorkbook } from './fake';
import { portOver } from './support';

const FIXTURES = join(__dirname, '..', 'fixtures');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));
const options: CheckOptions = { lang: 'vi', thresholds: DEFAULT_THRESHOLDS, numberStyle: 'vi', generatedAt: '08:00 ngày 01/07/2025' };
const write = { validation: true, summary: true, flags: true };

/** The cells Excel would hold for what the CLI read from the file: cached values, formats, formulas, errors. */
function excelCells(sheet: SheetData): Array<Array<FakeCell | undefined> | undefined> {
  return sheet.rows.map((row) =>
    row?.map((cell): FakeCell | undefined => {
      if (cell === undefined) return undefined;
      const v = cell.value;
      const fake: FakeCell =
        v !== null && typeof v === 'object'
          ? { value: v.error, numberFormat: cell.numFmt ?? 'General', error: true }
          : { value: v ?? '', numberFormat: cell.numFmt ?? 'General' };
      if (cell.formula !== undefined) fake.formula = `=${cell.formula}`;
      return fake;
    }),
  );
}

describe('every fixture workbook gives the same report through the Office.js adapter as through the CLI', () => {
  it.each(files)('%s', async (file) => {
    const bytes = readFileSync(join(FIXTURES, file));
    const cli = new FilePort(openWorkbook(bytes));
    const viaCli = await runCheck(cli, options, write);
    const opened = openWorkbook(bytes);
    const sheets = await Promise.all(opened.listSheets().map((s) => opened.readSheet(s.name)));
    const viaExcel = await runCheck(portOver(newWorkbook(sheets.map((s) => ({ name: s.name, cells: excelCells(s) })))), options, write);
    if (isRunFailure(viaCli) || isRunFailure(viaExcel)) {
      expect(viaExcel).toEqual(viaCli);
      return;
    }
    expect(JSON.stringify(viaExcel.report, null, 1)).toBe(JSON.stringify(viaCli.report, null, 1));
  });
});
