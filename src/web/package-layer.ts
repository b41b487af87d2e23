/** The .xlsx package layer as the web app uses it: the one reader and writer of workbook bytes, shared with the CLI. */
import type { Bilingual } from '../cli/messages';
import { PACKAGE_MESSAGES } from '../cli/messages';
import { FilePort } from '../cli/file-port';
import { generationTime } from '../cli/clock';
import { XlsxError } from '../cli/xlsx/errors';
import type { XlsxWorkbook } from '../cli/xlsx/read-workbook';
import { openWorkbook } from '../cli/xlsx/read-workbook';

export type { Bilingual, XlsxWorkbook };
export { FilePort, generationTime, PACKAGE_MESSAGES, XlsxError };

/** Opens workbook bytes (throws XlsxError for what is not a readable .xlsx package). */
export function openWorkbookBytes(bytes: Uint8Array): XlsxWorkbook {
  return openWorkbook(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
