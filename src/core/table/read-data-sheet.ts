import type { ColumnKind, RawCell, SheetData } from '../model';
import { cellAddress } from './address';
import { cellText, codeKey, textAt } from './cell-text';
import type { ColumnMap } from './columns';
import { groupFieldName, hasSectionPrefix, isSectionNumber } from './group-row';

/**
 * One indicator row of a data sheet, before matching and assessment. Text fields are read once;
 * cell addresses are built only when an issue needs one (big sheets have few issues).
 */
export class DataRow {
  /** Creates a row over its cells and the sheet's column map. */
  constructor(
    readonly sheet: string,
    /** 0-based row index in the sheet. */
    readonly index: number,
    private readonly cells: ReadonlyArray<RawCell | undefined>,
    private readonly cols: ColumnMap,
    readonly code: string | null,
    readonly name: string | null,
    readonly unit: string | null,
    /** The field named by the group row above, if any. */
    readonly groupField: string | null,
    readonly assessment: string | null,
    readonly override: string | null,
    readonly reason: string | null,
  ) {}

  /** 1-based sheet row. */
  get row(): number {
    return this.index + 1;
  }

  /** The comparison key of the row's code. */
  get codeKey(): string | null {
    return this.code === null ? null : codeKey(this.code);
  }

  /** True when the sheet has a column of this kind. */
  has(kind: ColumnKind): boolean {
    return this.cols[kind] !== undefined;
  }

  /** The raw cell of a column kind (undefined when empty or when the sheet has no such column). */
  cell(kind: ColumnKind): RawCell | undefined {
    const col = this.cols[kind];
    return col === undefined ? undefined : this.cells[col];
  }

  /** A1 address of the row's cell in a column kind, or null when the sheet has no such column. */
  address(kind: ColumnKind): string | null {
    const col = this.cols[kind];
    return col === undefined ? null : cellAddress(this.index, col);
  }

  /** Where issues about the row's identity point: the code cell, else the name cell. */
  get identityCell(): string {
    const col = (this.code ? this.cols.code : this.cols.name) ?? this.cols.code ?? this.cols.actual ?? 0;
    return cellAddress(this.index, col);
  }
}

/** True when every cell of a row is empty. */
function isBlankRow(cells: ReadonlyArray<RawCell | undefined>): boolean {
  for (const c of cells) if (cellText(c) !== '') return false;
  return true;
}

/**
 * Reads the indicator rows below the header of a data sheet. Fully blank rows are skipped and group
 * rows ("I. KINH TẾ": no code, no actual) only name the field of the rows below them.
 */
export function readDataRows(sheet: SheetData, headerRow: number, cols: ColumnMap, isKnownName: (name: string) => boolean = () => false): DataRow[] {
  const out: DataRow[] = [];
  const actualCol = cols.actual ?? 0;
  let groupField: string | null = null;
  const rows = sheet.rows;
  for (let r = headerRow + 1; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells) continue;
    const code = textAt(cells, cols.code);
    const name = textAt(cells, cols.name);
    if (code === '' && textAt(cells, actualCol) === '') {
      if (name === '' && isBlankRow(cells)) continue;
      const stt = textAt(cells, cols.stt);
      const label = name || stt;
      const section = isSectionNumber(stt) || hasSectionPrefix(label);
      const bare = textAt(cells, cols.target) === '' && textAt(cells, cols.unit) === '';
      if (label !== '' && (section || (bare && !isKnownName(name)))) {
        groupField = groupFieldName(name || label) || groupField;
        continue;
      }
      if (name === '') continue;
    }
    out.push(
      new DataRow(sheet.name, r, cells, cols, code || null, name || null, textAt(cells, cols.unit) || null, groupField, textAt(cells, cols.assessment) || null, textAt(cells, cols.override) || null, textAt(cells, cols.reason) || null),
    );
  }
  return out;
}
