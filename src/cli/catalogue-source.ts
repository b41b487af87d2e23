/** The --catalogue option when it names a file: read from disk here, understood by the shared catalogue reader in src/xlsx. */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { SheetData } from '../core';
import { CLI_MESSAGES, inBothLanguages } from '../core';
import { catalogueFileMessage, isCatalogueFileName, readCatalogueBytes } from '../xlsx/catalogue-file';
import { CliError } from './messages';

/** The catalogue named by `--catalogue`: a .csv or .xlsx file read whole, or undefined when it names a sheet. */
export function loadCatalogueFile(value: string): SheetData | undefined {
  if (!isCatalogueFileName(value)) return undefined;
  if (!existsSync(value)) throw new CliError(inBothLanguages(CLI_MESSAGES.catalogueFileNotFound, value));
  // Issues name the file as the web app and the pane do: by its name, not by a path that differs per machine.
  const result = readCatalogueBytes(readFileSync(value), basename(value));
  if (result.kind !== 'sheet') throw new CliError(catalogueFileMessage(result.kind, value));
  return result.sheet;
}
