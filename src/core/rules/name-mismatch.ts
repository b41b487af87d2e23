import type { Issue } from '../model';
import type { CatalogueEntry } from '../catalogue/read-catalogue';
import type { DataRow } from '../table/read-data-sheet';
import { normalizeName } from '../text/normalize';
import { makeIssue } from './severity';

/** `name-mismatch`: the row's code is known but its name is not the catalogue's (compared normalized). */
export function checkNameMismatch(row: DataRow, entry: CatalogueEntry): Issue | null {
  if (!row.code || !row.name || row.name === entry.name) return null;
  if (normalizeName(row.name) === normalizeName(entry.name)) return null;
  return makeIssue('name-mismatch', { sheet: row.sheet, cell: row.address('name') ?? row.identityCell, code: entry.code }, { name: row.name, expected: entry.name });
}
