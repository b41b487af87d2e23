import type { Issue, SheetData } from '../model/model';
import { bodyStart } from '../forms/header-band';
import { dataHeader } from './discover';
import type { ProgressListener, WorkbookPort } from '../model/port';
import { SHEET_RULES } from '../rules/registry';
import type { SheetCheck } from '../rules/rule';
import { collapseSpaces, foldText, toNfc } from '../text/normalize';
import { columnIndex } from '../table/address';
import { chooseColumns, columnsOf } from '../table/columns';
import type { DataRow } from '../table/read-data-sheet';
import { readBody } from '../forms/read-body';

/** The rows of every data sheet read, the sheet-level issues, or the actual column that was asked for but not found. */
export type DataSheetsRead =
  | {
      readonly rows: DataRow[];
      readonly issues: Issue[];
      /** The header of the target column each sheet uses, as written (for a form that is its own catalogue). */
      readonly targetHeaders: string[];
    }
  | { readonly failure: { sheet: string; column: string } };

/** The actual column a user asked for (header text or column letter) among a header's actual columns. */
function pickActual(sheet: SheetData, wanted: string | undefined, header: NonNullable<ReturnType<typeof dataHeader>>): number | undefined | null {
  if (!wanted) return undefined;
  const byText = columnsOf(header, 'actual').find((c) => foldText(c.text) === foldText(wanted));
  if (byText) return byText.col;
  const letter = columnIndex(wanted);
  const band = sheet.rows.slice(header.firstRowIndex ?? header.rowIndex, header.rowIndex + 1);
  return letter >= 0 && band.some((cells) => cells?.[letter] !== undefined) ? letter : null;
}

/** Runs the sheet rules on a data sheet once read, adding their issues. */
function checkSheet(check: SheetCheck, issues: Issue[]): void {
  for (const rule of SHEET_RULES) rule.check(check, issues);
}

/** Reads each data sheet fully, finds its header and actual column, and collects its indicator rows. */
export async function readDataSheets(
  port: WorkbookPort,
  names: readonly string[],
  actualColumn: string | undefined,
  isKnownName: (name: string) => boolean,
  onProgress?: ProgressListener,
): Promise<DataSheetsRead> {
  let rows: DataRow[] = [];
  const issues: Issue[] = [];
  const targetHeaders: string[] = [];
  for (const name of names) {
    const sheet = await port.readSheet(name, { onProgress });
    const header = dataHeader(sheet);
    if (!header) {
      checkSheet({ sheet, headerFound: false, tableBelow: null, footerRow: null }, issues);
      continue;
    }
    const actual = pickActual(sheet, actualColumn, header);
    if (actual === null) return { failure: { sheet: name, column: actualColumn ?? '' } };
    const cols = chooseColumns(header, actual);
    const target = header.columns.find((c) => c.col === cols.target);
    if (target) targetHeaders.push(collapseSpaces(toNfc(target.text)));
    const body = readBody(sheet, bodyStart(header), cols, isKnownName);
    if (rows.length === 0) rows = body.rows;
    else for (let i = 0; i < body.rows.length; i++) rows.push(body.rows[i]);
    checkSheet({ sheet, headerFound: true, tableBelow: body.tableBelow, footerRow: body.footerRow ?? null }, issues);
  }
  return { rows, issues, targetHeaders };
}
