import type { TargetValue } from '../achievement';
import { targetValueOf } from '../evaluate/target-value';
import type { CellValue, Direction, Issue, NumberStyle, SheetData } from '../model';
import { numericCellRational } from '../evaluate/numeric-cell';
import { parseDirection } from '../parse/direction';
import type { HeaderRow } from '../parse/headers';
import type { TargetParse } from '../parse/target';
import { cachedTarget } from '../parse/target-cache';
import { ambiguityParams, targetNumber } from '../evaluate/ambiguity';
import { makeIssue } from '../rules/severity';
import { cellAddress } from '../table/address';
import { cellText, codeKey } from '../table/cell-text';
import { chooseColumns } from '../table/columns';
import { groupFieldName, hasSectionPrefix, isSectionNumber } from '../table/group-row';
import { memoizeString, normalizeName, toNfc } from '../text/normalize';

/** One indicator of the target catalogue, as read from its row. */
export interface CatalogueEntry {
  /** Position in the catalogue's entries (0-based). */
  readonly ordinal: number;
  readonly code: string;
  readonly key: string;
  readonly name: string;
  readonly field: string | null;
  readonly unit: string | null;
  readonly direction: Direction;
  /** The target as exact values, or null when the catalogue gives none (or an unreadable one). */
  readonly targetValue: TargetValue | null;
  readonly targetText: string;
  readonly agency: string | null;
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** 0-based column of the code, for the A1 address of issues about the entry (see entryCell). */
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

/** The A1 address of an entry's code cell, where issues about the whole entry point. */
export function entryCell(entry: CatalogueEntry): string {
  return cellAddress(entry.row - 1, entry.codeColumn);
}

const directionWords = memoizeString((text: string) => parseDirection(text));

/** parseDirection, remembered for text cells (catalogues repeat "Tăng" and "Giảm"). */
function directionOf(value: CellValue | undefined): ReturnType<typeof parseDirection> {
  return typeof value === 'string' ? directionWords(value) : parseDirection(value);
}

/** Reads the catalogue rows under a found header: group rows name fields, bad rows become `catalogue-invalid`. */
export function readCatalogue(sheet: SheetData, header: HeaderRow, style: NumberStyle): Catalogue {
  const cols = chooseColumns(header);
  const entries: CatalogueEntry[] = [];
  const byCode = new Map<string, CatalogueEntry>();
  const targets = new Map<string, TargetParse>();
  const issues: Issue[] = [];
  let groupField: string | null = null;
  const at = (r: number, c: number | undefined) => (c === undefined ? undefined : sheet.rows[r]?.[c]);
  const text = (r: number, c: number | undefined) => cellText(at(r, c));
  for (let r = header.rowIndex + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    const code = text(r, cols.code);
    const name = text(r, cols.name);
    if (code === '' && name === '' && cells.every((c) => cellText(c) === '')) continue;
    const stt = text(r, cols.stt);
    const codeCell = () => cellAddress(r, cols.code ?? 0);
    if (code === '') {
      const bare = name !== '' && text(r, cols.target) === '' && text(r, cols.unit) === '';
      if (isSectionNumber(stt) || hasSectionPrefix(name || stt) || bare) {
        groupField = groupFieldName(name || stt) || groupField;
        continue;
      }
      issues.push(makeIssue('catalogue-invalid', { sheet: sheet.name, cell: codeCell(), code: null }, { problem: 'no-code' }));
      continue;
    }
    const place = () => ({ sheet: sheet.name, cell: codeCell(), code });
    if (name === '') {
      issues.push(makeIssue('catalogue-invalid', place(), { problem: 'no-name' }));
      continue;
    }
    const key = codeKey(code);
    const first = byCode.get(key);
    if (first) {
      issues.push(makeIssue('catalogue-invalid', place(), { problem: 'duplicate-code', firstRow: String(first.row) }));
      continue;
    }
    const targetCell = () => (cols.target === undefined ? codeCell() : cellAddress(r, cols.target));
    const cell = at(r, cols.target);
    const fast = numericCellRational(cell);
    let targetValue: TargetValue | null = fast && { kind: 'value', value: fast };
    let comparatorDirection: Direction | undefined;
    const parsed = fast ? null : cachedTarget(cell, style, targets);
    if (parsed?.ok) {
      targetValue = targetValueOf(parsed.target);
      comparatorDirection = parsed.comparatorDirection;
      const read = parsed.ambiguous ? targetNumber(parsed.target) : null;
      if (read) issues.push(makeIssue('ambiguous-number', { ...place(), cell: targetCell() }, ambiguityParams(text(r, cols.target), read, style)));
    } else if (parsed?.reason === 'error') {
      issues.push(makeIssue('formula-error', { ...place(), cell: targetCell() }, { value: parsed.errorCode ?? '#VALUE!' }));
    } else if (parsed?.reason === 'unreadable') {
      issues.push(makeIssue('catalogue-invalid', { ...place(), cell: targetCell() }, { problem: 'bad-target', value: text(r, cols.target) }));
    }
    const dir = directionOf(at(r, cols.direction)?.value);
    if (dir === 'invalid') {
      const cell = cellAddress(r, cols.direction ?? 0);
      issues.push(makeIssue('catalogue-invalid', { ...place(), cell }, { problem: 'bad-direction', value: text(r, cols.direction) }));
    }
    const direction: Direction = dir === 'increase' || dir === 'decrease' ? dir : comparatorDirection ?? 'increase';
    const entry: CatalogueEntry = {
      ordinal: entries.length,
      code: key === code ? code : toNfc(code),
      key,
      name: toNfc(name),
      field: toNfc(text(r, cols.field)) || groupField,
      unit: toNfc(text(r, cols.unit)) || null,
      direction,
      targetValue,
      targetText: text(r, cols.target),
      agency: toNfc(text(r, cols.agency)) || null,
      sheet: sheet.name,
      row: r + 1,
      codeColumn: cols.code ?? 0,
    };
    entries.push(entry);
    byCode.set(key, entry);
  }
  let byName: Map<string, CatalogueEntry> | null = null;
  const names = () => {
    if (!byName) {
      byName = new Map();
      for (const entry of entries) {
        const key = normalizeName(entry.name);
        if (!byName.has(key)) byName.set(key, entry);
      }
    }
    return byName;
  };
  return { sheet: sheet.name, entries, byCode, byName: names, issues };
}
