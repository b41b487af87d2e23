/**
 * `chitieu consolidate UNIT.xlsx… --out TONG-HOP.xlsx`: checks every unit's report, one file at a time, and writes
 * the consolidated workbook (three owned sheets) and JSON report; exits 0, 1 (a unit has errors) or 2 (could not run).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { CheckOptions, Lang, SheetData, UnitCheck } from '../core';
import { checkOptionsFrom, checkUnit, Consolidation, expectedUnitNames, generationTime, renderConsolidationSheets, unitNameFromFile } from '../core';
import { consolidationWords, parseCsv } from '../core';
import { loadCatalogueFile } from './catalogue-source';
import { decodeCsvBytes } from '../xlsx/decode-csv';
import type { ConsolidateArgs } from './consolidate-args';
import { parseConsolidateArgs } from './consolidate-args';
import { FilePort } from './file-port';
import { CliError, PACKAGE_MESSAGES } from './messages';
import { unitProgressReporter } from './progress';
import { unitFiles } from './unit-files';
import { writeAll } from './write-files';
import { blankWorkbookBytes } from '../xlsx/blank-workbook';
import { XlsxError } from '../xlsx/errors';
import { openWorkbook } from '../xlsx/read-workbook';
import { writeCheckedWorkbook } from '../xlsx/write-workbook';

/** Extensions of unit files ChiTieu can read. */
const READABLE = new Set(['.xlsx', '.xlsm']);

/** Why a unit's file could not be read, in the run's language. */
function unreadableReason(error: unknown, lang: Lang): string {
  if (error instanceof XlsxError) return PACKAGE_MESSAGES[error.code][lang];
  if (error instanceof CliError) return error.text[lang];
  const detail = String((error as Error)?.message ?? error);
  return lang === 'vi' ? `lỗi ngoài dự kiến khi đọc tệp (${detail}).` : `unexpected failure while reading the file (${detail}).`;
}

/** Reads and checks one unit file; anything that stops it makes the unit unreadable, never the run. */
async function readUnit(path: string, options: CheckOptions): Promise<UnitCheck> {
  const file = basename(path);
  try {
    const ext = extname(path).toLowerCase();
    if (ext === '.xls') throw new XlsxError('legacy-xls', 'legacy .xls unit file');
    if (!READABLE.has(ext)) throw new XlsxError('not-a-workbook', `unit file with extension "${ext}"`);
    const port = new FilePort(openWorkbook(readFileSync(path)));
    return await checkUnit(port, file, options);
  } catch (error) {
    return { file, name: unitNameFromFile(file), unreadable: unreadableReason(error, options.lang) };
  }
}

/** Rows of a sheet as text, for the expected unit list. */
function sheetText(sheet: SheetData): string[][] {
  return sheet.rows.map((row) => (row ?? []).map((c) => (c && (typeof c.value === 'string' || typeof c.value === 'number') ? String(c.value) : '')));
}

/** The expected unit names of `--units` (a CSV or text list, or the first sheet of a workbook). */
function loadUnitList(path: string): string[] {
  if (!existsSync(path)) throw new CliError({ vi: `Không tìm thấy danh sách đơn vị “${path}”. Kiểm tra lại đường dẫn.`, en: `Unit list "${path}" was not found. Check the path.` });
  const bytes = readFileSync(path);
  const ext = extname(path).toLowerCase();
  const book = READABLE.has(ext) ? openWorkbook(bytes) : null;
  const sheet = book ? book.readSheet(book.listSheets()[0]?.name ?? '') : parseCsv(decodeCsvBytes(bytes), path);
  const names = expectedUnitNames(sheetText(sheet));
  if (names.length === 0) throw new CliError({ vi: `Danh sách đơn vị “${path}” không có tên đơn vị nào (mỗi dòng một tên).`, en: `Unit list "${path}" names no unit (one name per line).` });
  return names;
}

/** The workbook the owned sheets go into: --out itself when it is already a workbook, else a new one. */
function outputWorkbook(out: string) {
  if (!existsSync(out)) return openWorkbook(blankWorkbookBytes());
  try {
    return openWorkbook(readFileSync(out));
  } catch {
    throw new CliError({ vi: `Tệp kết quả “${out}” đã có và không phải sổ tính .xlsx; chọn tên khác cho --out.`, en: `Output "${out}" exists and is not an .xlsx workbook; choose another --out.` });
  }
}

/** Runs `consolidate` and returns the exit code. */
export async function consolidate(argv: readonly string[]): Promise<number> {
  const args: ConsolidateArgs = parseConsolidateArgs(argv);
  const files = unitFiles(args.inputs, args.out);
  const loaded = args.catalogue ? loadCatalogueFile(args.catalogue) : undefined;
  // Issues point at the catalogue by its file name, the same on every machine (not the path typed).
  const catalogue = loaded && args.catalogue && extname(args.catalogue).toLowerCase() === '.csv' ? { ...loaded, name: basename(args.catalogue) } : loaded;
  const expected = args.units ? loadUnitList(args.units) : undefined;
  const target = outputWorkbook(args.out);
  const generatedAt = generationTime(process.env.SOURCE_DATE_EPOCH, new Date());
  const options = checkOptionsFrom({ catalogue, catalogueSheet: args.catalogue, lang: args.lang, thresholds: args.thresholds, numberStyle: args.numberStyle, generatedAt });
  const progress = unitProgressReporter(files.length);
  const consolidation = new Consolidation({ lang: args.lang, thresholds: args.thresholds, ...(catalogue ? { sharedCatalogue: catalogue.name } : {}) });
  for (const [index, path] of files.entries()) {
    consolidation.add(await readUnit(path, options));
    progress.unit(index + 1);
  }
  const report = consolidation.report(expected);
  progress.writing();
  const sheets = renderConsolidationSheets({ report, lang: args.lang, thresholds: args.thresholds, generatedAt, ...(args.period ? { period: args.period } : {}) });
  const written = writeCheckedWorkbook(target, { sheets, flags: [] });
  const outputs: Array<{ path: string; data: Uint8Array | string }> = [{ path: args.out, data: written.bytes }];
  if (args.json) outputs.push({ path: args.json, data: JSON.stringify(report, null, 2) + '\n' });
  writeAll(outputs);
  progress.done();
  const words = consolidationWords(args.lang);
  const withErrors = report.units.filter((u) => u.errors > 0).map((u) => u.name);
  const done = args.lang === 'vi' ? `Đã ghi: ${args.out}` : `Written: ${args.out}`;
  process.stdout.write([report.completeness, words.unitsWithErrors(withErrors), done].join('\n') + '\n');
  return consolidation.hasErrors() ? 1 : 0;
}
