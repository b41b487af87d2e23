/** Reads a catalogue file the user imports in the pane: .csv as text, .xlsx through the small reader. */
import type { SheetData } from '../core/model';
import { parseCsv } from '../core/csv';
import { readXlsxFirstSheet } from './xlsx-reader';

/** The catalogue in the file as sheet cells, or null for an unsupported file type. */
export async function readCatalogueFile(file: Blob & { readonly name: string }): Promise<SheetData | null> {
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.csv')) return parseCsv(await file.text(), file.name);
  if (lower.endsWith('.xlsx')) return readXlsxFirstSheet(new Uint8Array(await file.arrayBuffer()), file.name);
  return null;
}
