/**
 * Reading the files of a consolidation (SPEC §10) from their bytes, the same in every host: each unit's workbook
 * checked through the package layer (anything that stops it makes the unit unreadable, never the run), and the
 * expected unit list.
 */
import type { Bilingual, CheckOptions, Lang, SheetData, UnitCheck } from '../core';
import { checkUnit, CLI_MESSAGES, expectedUnitNames, inBothLanguages, parseCsv, unitNameFromFile } from '../core';
import { decodeCsvBytes } from './decode-csv';
import { XlsxError } from './errors';
import { FilePort } from './file-port';
import { PACKAGE_MESSAGES } from './package-messages';
import { openWorkbook } from './read-workbook';

/** File name endings of unit files ChiTieu can read. */
export const UNIT_FILE_TYPES = ['.xlsx', '.xlsm'] as const;

/** The Vietnamese collator, built on first use: building one takes ≈ 20 ms, which a run that sorts no names never pays. */
let vietnameseCollator: Intl.Collator | undefined;

/** File names in Vietnamese order (one collator: `localeCompare` with a locale builds one per call). */
export function byFileName(a: string, b: string): number {
  return (vietnameseCollator ??= new Intl.Collator('vi')).compare(a, b);
}

/** The lower-case ending of a file name from its last dot (`.xlsx`), or '' when it has none. */
function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot).toLowerCase() : '';
}

/** True when the file name ends like a workbook ChiTieu reads. */
export function isUnitWorkbookName(fileName: string): boolean {
  return (UNIT_FILE_TYPES as readonly string[]).includes(extension(fileName));
}

/** Why a unit's file could not be read, in the run's language. */
function unreadableReason(error: unknown, lang: Lang): string {
  if (error instanceof XlsxError) return PACKAGE_MESSAGES[error.code][lang];
  const text = (error as { text?: Partial<Bilingual<string>> } | null)?.text?.[lang];
  if (typeof text === 'string') return text;
  const detail = String((error as Error)?.message ?? error);
  return CLI_MESSAGES.unitUnexpectedFailure[lang](detail);
}

/**
 * Reads and checks one unit file named `fileName` (its name only, no folder); `bytes` is called only for a file
 * type ChiTieu reads. A legacy .xls, another file type, a damaged package or a failed read makes the unit unreadable.
 */
export async function readUnitFile(fileName: string, bytes: () => Uint8Array | Promise<Uint8Array>, options: CheckOptions): Promise<UnitCheck> {
  try {
    const ext = extension(fileName);
    if (ext === '.xls') throw new XlsxError('legacy-xls', 'legacy .xls unit file');
    if (!isUnitWorkbookName(fileName)) throw new XlsxError('not-a-workbook', `unit file with extension "${ext}"`);
    const port = new FilePort(openWorkbook(await bytes()));
    return await checkUnit(port, fileName, options);
  } catch (error) {
    return { file: fileName, name: unitNameFromFile(fileName), unreadable: unreadableReason(error, options.lang) };
  }
}

/** Rows of a sheet as text, for the expected unit list. */
function sheetText(sheet: SheetData): string[][] {
  return sheet.rows.map((row) => (row ?? []).map((c) => (c && (typeof c.value === 'string' || typeof c.value === 'number') ? String(c.value) : '')));
}

/**
 * The expected unit names in a unit list file (`--units`, or the list picked in the pane): a CSV or text list, or
 * the first sheet of a workbook. Empty when it names no unit; a damaged workbook throws XlsxError.
 */
export function unitListNames(fileName: string, bytes: Uint8Array): string[] {
  const book = isUnitWorkbookName(fileName) ? openWorkbook(bytes) : null;
  const sheet = book ? book.readSheet(book.listSheets()[0]?.name ?? '') : parseCsv(decodeCsvBytes(bytes), fileName);
  return expectedUnitNames(sheetText(sheet));
}

/** What to say when a unit list names no unit. */
export function emptyUnitListMessage(fileName: string): Bilingual<string> {
  return inBothLanguages(CLI_MESSAGES.unitListEmpty, fileName);
}
