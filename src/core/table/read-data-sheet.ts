import type { RawCell, SheetData } from '../model';
import { cellAddress } from './address';
import { cellText, codeKey } from './cell-text';
import type { ColumnMap } from './columns';
import { groupFieldName, hasSectionPrefix, isSectionNumber } from './group-row';

/** A located cell of a data row: the raw cell (maybe empty) and its A1 address. */
export interface LocatedCell {
  readonly cell: RawCell | undefined;
  readonly address: string;
}

/** One indicator row of a data sheet, before matching and assessment. */
export interface DataRow {
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly code: string | null;
  readonly codeKey: string | null;
  readonly name: string | null;
  readonly unit: string | null;
  readonly nameCell: string | null;
  readonly unitCell: string | null;
  readonly assessmentCell: string | null;
  readonly overrideCell: string | null;
  /** The field named by the group row above, if any. */
  readonly groupField: string | null;
  readonly actual: LocatedCell;
  readonly target: LocatedCell | null;
  readonly statedRate: LocatedCell | null;
  readonly assessment: string | null;
  readonly override: string | null;
  readonly reason: string | null;
  /** Where issues about the row's identity point: the code cell, else the name cell. */
  readonly identityCell: string;
}

/**
 * Reads the indicator rows below the header of a data sheet. Fully blank rows are skipped and group
 * rows ("I. KINH TẾ": no code, no actual) only name the field of the rows below them.
 */
export function readDataRows(
  sheet: SheetData,
  headerRow: number,
  cols: ColumnMap,
  isKnownName: (name: string) => boolean = () => false,
): DataRow[] {
  const out: DataRow[] = [];
  const actualCol = cols.actual ?? 0;
  let groupField: string | null = null;
  const rows = sheet.rows;
  const optional = (r: number, c: number | undefined): LocatedCell | null =>
    c === undefined ? null : { cell: rows[r]?.[c], address: cellAddress(r, c) };
  for (let r = headerRow + 1; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells) continue;
    const text = (c: number | undefined): string => (c === undefined ? '' : cellText(cells[c]));
    const code = text(cols.code);
    const name = text(cols.name);
    const actualText = text(actualCol);
    if (code === '' && name === '' && actualText === '' && cells.every((c) => cellText(c) === '')) continue;
    if (code === '' && actualText === '') {
      const stt = text(cols.stt);
      const label = name || stt;
      const bare = text(cols.target) === '' && text(cols.unit) === '';
      const section = isSectionNumber(stt) || hasSectionPrefix(label);
      if (label !== '' && (section || (bare && !isKnownName(name)))) {
        groupField = groupFieldName(name || label) || groupField;
        continue;
      }
      if (name === '') continue;
    }
    out.push({
      sheet: sheet.name,
      row: r + 1,
      code: code || null,
      codeKey: code ? codeKey(code) : null,
      name: name || null,
      unit: text(cols.unit) || null,
      nameCell: optional(r, cols.name)?.address ?? null,
      unitCell: optional(r, cols.unit)?.address ?? null,
      assessmentCell: optional(r, cols.assessment)?.address ?? null,
      overrideCell: optional(r, cols.override)?.address ?? null,
      groupField,
      actual: { cell: cells[actualCol], address: cellAddress(r, actualCol) },
      target: optional(r, cols.target),
      statedRate: optional(r, cols.statedRate),
      assessment: text(cols.assessment) || null,
      override: text(cols.override) || null,
      reason: text(cols.reason) || null,
      identityCell: cellAddress(r, (code ? cols.code : cols.name) ?? cols.code ?? actualCol),
    });
  }
  return out;
}
