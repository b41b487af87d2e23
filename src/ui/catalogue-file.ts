/** Reads a catalogue file the user imports in the pane, through the same reader the command line uses (src/xlsx). */
import type { SheetData } from '../core';
import { catalogueFileMessage, isCatalogueFileName, readCatalogueBytes } from '../xlsx/catalogue-file';
import { PaneError } from './errors';

/** The catalogue in the file as sheet cells, or null for an unsupported file type; a file without a catalogue throws. */
export async function readCatalogueFile(file: Blob & { readonly name: string }): Promise<SheetData | null> {
  if (!isCatalogueFileName(file.name)) return null;
  const result = readCatalogueBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  if (result.kind === 'sheet') return result.sheet;
  throw new PaneError(catalogueFileMessage(result.kind, file.name));
}
