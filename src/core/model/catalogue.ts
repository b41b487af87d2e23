import type { TargetValue } from './achievement';
import type { Direction, Issue } from './model';
import type { Rational } from './rational';

/** One indicator of the target catalogue, as read from its row. */
export interface CatalogueEntry {
  /** Position in the catalogue's entries (0-based). */
  readonly ordinal: number;
  /** The code; null for an indicator of a form read as its own catalogue whose row has no STT (SPEC §2.2). */
  readonly code: string | null;
  readonly key: string;
  readonly name: string;
  readonly field: string | null;
  readonly unit: string | null;
  readonly direction: Direction;
  /** The target as exact values, or null when the catalogue gives none (or an unreadable one). */
  readonly targetValue: TargetValue | null;
  readonly targetText: string;
  /** The baseline B from a "Cơ sở" / "Năm gốc" / "Baseline" column (SPEC §4.1), when the catalogue has one. */
  readonly baseline?: Rational | null;
  readonly agency: string | null;
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** 0-based column of the code, for the A1 address of issues about the entry (see rules/missing-indicator). */
  readonly codeColumn: number;
}

/** The catalogue: valid entries in order, lookups by code key and by normalized name, and its issues. */
export interface Catalogue {
  readonly sheet: string;
  readonly entries: readonly CatalogueEntry[];
  readonly byCode: ReadonlyMap<string, CatalogueEntry>;
  /** Entries by normalized name (first entry of a name wins), built on first use: most rows match by code. */
  readonly byName: () => ReadonlyMap<string, CatalogueEntry>;
  readonly issues: readonly Issue[];
}
