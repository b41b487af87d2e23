import type { ColumnKind, RawCell } from '../model/model';
import { cellAddress } from './address';
import { codeKey } from './cell-text';
import type { ColumnMap } from './columns';

/** A breakdown row ("Trong đó: Thu nội địa", "- Khu vực thành thị") read under its indicator. */
export interface PartRow {
  /** 0-based row index in the sheet. */
  readonly index: number;
  readonly name: string;
  readonly unit: string | null;
  /** The actual cell of the part, and its A1 address. */
  readonly actual: RawCell | undefined;
  readonly address: string;
  /** True for parts of a sum ("Trong đó", "Chia ra"), which cannot exceed their indicator. */
  readonly additive: boolean;
}

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

  /** Breakdown rows under the indicator (SPEC §2.1), in sheet order; null when there are none. */
  parts: PartRow[] | null = null;

  /** Adds a breakdown row under the indicator. */
  addPart(part: PartRow): void {
    (this.parts ??= []).push(part);
  }

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
