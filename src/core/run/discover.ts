import type { ColumnKind, SheetData } from '../model/model';
import type { HeaderRow } from '../parse/headers';
import { findHeaderBand } from '../forms/header-band';
import { foldText } from '../text/normalize';

/** Folded sheet names that mark a catalogue sheet. */
const CATALOGUE_NAMES: readonly string[] = ['danh muc', 'danh sach chi tieu', 'catalogue', 'catalog', 'indicator catalogue', 'targets'];

/** True when a header names a catalogue: code and name. */
export const isCatalogueHeader = (kinds: ReadonlySet<ColumnKind>): boolean => kinds.has('code') && kinds.has('name');

/** True when a header names a data table: an actual column, and a code or a name column. */
export const isDataHeader = (kinds: ReadonlySet<ColumnKind>): boolean => kinds.has('actual') && (kinds.has('code') || kinds.has('name'));

/** True when a sheet's name says it is the catalogue ("Danh mục chỉ tiêu", "Catalogue"…). */
export function hasCatalogueName(name: string): boolean {
  const folded = foldText(name);
  return CATALOGUE_NAMES.some((n) => folded === n || folded.startsWith(`${n} `));
}

/** The catalogue's header row of a sheet, if it has one. */
export function catalogueHeader(sheet: SheetData): HeaderRow | undefined {
  return findHeaderBand(sheet, isCatalogueHeader);
}

/** The data header row of a sheet, if it has one. */
export function dataHeader(sheet: SheetData): HeaderRow | undefined {
  return findHeaderBand(sheet, isDataHeader);
}

/**
 * Picks the catalogue among sheet heads: a sheet named like one that has a catalogue header, else the
 * first sheet with code and name columns but no actual column.
 */
export function findCatalogueSheet(heads: readonly SheetData[]): string | null {
  const named = heads.find((s) => hasCatalogueName(s.name) && catalogueHeader(s));
  if (named) return named.name;
  const shaped = heads.find((s) => {
    const header = catalogueHeader(s);
    return header !== undefined && !header.columns.some((c) => c.kind === 'actual');
  });
  return shaped ? shaped.name : null;
}
