/**
 * A form as its own catalogue (SPEC §2.2): with no catalogue sheet and no `--catalogue`, each indicator
 * row of a data sheet that has a target column is an indicator with its own name, unit, target and
 * direction, the field of its group row, and its STT as the code.
 */
import type { Catalogue, CatalogueEntry } from '../model/catalogue';
import type { TargetReadings } from '../values/read-target';
import { readTargetCell } from '../values/read-target';
import type { Direction, NumberStyle } from '../model/model';
import { parseDirection } from '../parse/direction';
import { cellText } from '../table/cell-text';
import type { DataRow } from '../table/read-data-sheet';
import { toNfc } from '../text/normalize';

/** The catalogue a form makes of itself, and the entry of each of its rows. */
export interface SelfCatalogue {
  readonly catalogue: Catalogue;
  readonly entryOf: (row: DataRow) => CatalogueEntry | undefined;
}

/** The direction a row states: its direction column, else its target's comparator or change word, else increase. */
function directionOf(row: DataRow, style: NumberStyle, cache: TargetReadings): Direction {
  const stated = parseDirection(row.cell('direction')?.value ?? null);
  if (stated === 'increase' || stated === 'decrease') return stated;
  return readTargetCell(row.cell('target'), style, cache).comparatorDirection ?? 'increase';
}

/** The code a row gives itself: its code column, else its STT as written, else null. */
function codeOf(row: DataRow): string | null {
  return row.code ?? (toNfc(cellText(row.cell('stt'))) || null);
}

/**
 * Builds the catalogue of a form's indicator rows. Targets are left to the rows (the assessment reads each
 * row's own target cell, so a bad one gets its issue there); every entry has a key of its own.
 */
export function selfCatalogue(rows: readonly DataRow[], style: NumberStyle): SelfCatalogue {
  const cache: TargetReadings = new Map();
  const entries: CatalogueEntry[] = [];
  const byRow = new Map<DataRow, CatalogueEntry>();
  for (const row of rows) {
    const code = codeOf(row);
    const entry: CatalogueEntry = {
      ordinal: entries.length,
      code,
      key: `${row.sheet}!${row.row}`,
      name: toNfc(row.name ?? code ?? ''),
      field: toNfc(cellText(row.cell('field'))) || row.groupField,
      unit: row.unit === null ? null : toNfc(row.unit),
      direction: directionOf(row, style, cache),
      targetValue: null,
      targetText: cellText(row.cell('target')),
      agency: toNfc(cellText(row.cell('agency'))) || null,
      sheet: row.sheet,
      row: row.row,
      codeColumn: 0,
    };
    entries.push(entry);
    byRow.set(row, entry);
  }
  const catalogue: Catalogue = { sheet: rows[0]?.sheet ?? '', entries, byCode: new Map(), byName: () => new Map(), issues: [] };
  return { catalogue, entryOf: (row) => byRow.get(row) };
}
