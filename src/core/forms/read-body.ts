/**
 * Reads the body of a data table (SPEC §2, §2.1): indicator rows, group rows naming fields, breakdown rows
 * kept under their indicator, and the end of the table at the footer. Nothing below the footer is data.
 */
import type { RawCell, SheetData } from '../model/model';
import { cellAddress } from '../table/address';
import { cellText, textAt } from '../table/cell-text';
import type { ColumnMap } from '../table/columns';
import { groupFieldName, hasSectionPrefix, isNumbered, isSectionNumber } from '../table/group-row';
import { DataRow } from '../table/read-data-sheet';
import { toNfc } from '../text/normalize';
import { breakdownOf } from './breakdown';
import { isFooterRow } from './footer';
import { findHeaderBand } from './header-band';

/** A table body read: its indicator rows, where the footer starts and where a table below it starts (0-based). */
export interface BodyRead {
  readonly rows: DataRow[];
  readonly footerRow: number | null;
  readonly tableBelow: number | null;
}

/** True when every cell of a row is empty. */
function isBlankRow(cells: ReadonlyArray<RawCell | undefined>): boolean {
  for (const c of cells) if (cellText(c) !== '') return false;
  return true;
}

/** The first row below the footer that heads another table (a header naming an actual or a name and target), if any. */
function tableBelowFooter(sheet: SheetData, footerRow: number): number | null {
  const rest: SheetData = { name: sheet.name, rows: sheet.rows.slice(footerRow + 1) };
  const found = findHeaderBand(rest, (k) => k.has('actual') || (k.has('name') && k.has('target')), rest.rows.length);
  return found ? footerRow + 1 + (found.firstRowIndex ?? found.rowIndex) : null;
}

/** How deep an Arabic STT (or a label's leading number) is: "2", "2." and "2. Nông nghiệp" are 1, "1.2" is 2; else 0. */
function numberDepth(stt: string): number {
  const digits = isNumbered(stt.trim()) ? /^\d+(?:\.\d+)*/.exec(stt.trim()) : null;
  return digits ? digits[0].split('.').length : 0;
}

/**
 * Reads the rows from `first` down. Group rows (Roman or capital STT, or bare rows that name no indicator)
 * set the field; a bare numbered row ("1" over "1.1", "1.2") is a sub-group that names the field only when no
 * Roman group does. Breakdown rows go under the indicator above. Reading stops at the footer.
 */
export function readBody(sheet: SheetData, first: number, cols: ColumnMap, isKnownName: (name: string) => boolean = () => false): BodyRead {
  const out: DataRow[] = [];
  const actualCol = cols.actual ?? 0;
  let topField: string | null = null;
  let subField: string | null = null;
  let subDepth = 0;
  let parent: DataRow | null = null;
  let additive = false;
  const rows = sheet.rows;
  for (let r = first; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells) continue;
    const code = textAt(cells, cols.code);
    const name = textAt(cells, cols.name);
    if (code === '') {
      const numeric = typeof cells[actualCol]?.value === 'number';
      if (!numeric && isFooterRow(cells)) return { rows: out, footerRow: r, tableBelow: tableBelowFooter(sheet, r) };
      const stt = textAt(cells, cols.stt);
      const noActual = !numeric && textAt(cells, actualCol) === '';
      const bare = noActual && textAt(cells, cols.target) === '' && textAt(cells, cols.unit) === '';
      const part = breakdownOf(stt, name);
      if (part) {
        if (part.label && bare) additive = part.additive;
        else if (parent) parent.addPart({ index: r, name: toNfc(name || stt), unit: toNfc(textAt(cells, cols.unit)) || null, actual: cells[actualCol], address: cellAddress(r, actualCol), additive: additive || part.additive });
        continue;
      }
      if (noActual) {
        if (name === '' && isBlankRow(cells)) continue;
        const label = name || stt;
        const section = isSectionNumber(stt) || hasSectionPrefix(label);
        if (label !== '' && (section || (bare && !isKnownName(name)))) {
          const field = groupFieldName(name || label) || null;
          if (!section && (isNumbered(stt) || isNumbered(label))) [subField, subDepth] = [field ?? subField, numberDepth(stt || label)];
          else [topField, subField] = [field ?? topField, null];
          parent = null;
          continue;
        }
        if (name === '') continue;
      }
    }
    // A number at or above a numbered sub-group's level ends it (only read while there is one).
    if (subDepth > 0) {
      const depth = numberDepth(textAt(cells, cols.stt));
      if (depth > 0 && depth <= subDepth) subField = null;
    }
    parent = new DataRow(sheet.name, r, cells, cols, code || null, name || null, textAt(cells, cols.unit) || null, topField ?? subField, textAt(cells, cols.assessment) || null, textAt(cells, cols.override) || null, textAt(cells, cols.reason) || null);
    additive = false;
    out.push(parent);
  }
  return { rows: out, footerRow: null, tableBelow: null };
}
