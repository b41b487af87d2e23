import type { SheetInfo } from '../model/port';
import type { OwnedRole } from '../model/sheet-model';

/**
 * Picks the name an owned sheet is written under, given the sheets now in the workbook: the preferred
 * name, else the first free `Name (2)`, `Name (3)` … when another sheet (a user's own, or an owned sheet
 * of the other role) holds it. The owned sheet of the same role is about to be replaced, so its name is free.
 * Excel compares sheet names case-insensitively.
 */
export function resolveOwnedSheetName(preferred: string, role: OwnedRole, sheets: readonly SheetInfo[]): string {
  const taken = new Set(sheets.filter((s) => s.owned !== role).map((s) => s.name.toLocaleLowerCase('vi')));
  if (!taken.has(preferred.toLocaleLowerCase('vi'))) return preferred;
  for (let n = 2; ; n++) {
    const candidate = `${preferred} (${n})`;
    if (!taken.has(candidate.toLocaleLowerCase('vi'))) return candidate;
  }
}
