import type { TargetValue } from '../achievement';
import type { CellValue, Direction, Issue, NumberStyle, SheetData } from '../model';
import { parseDirection } from '../parse/direction';
import type { HeaderRow } from '../parse/headers';
import type { TargetParse } from '../parse/target';
import { makeIssue } from '../rules/severity';
import { cellAddress } from '../table/address';
import { cellText, codeKey, textAt } from '../table/cell-text';
import { chooseColumns } from '../table/columns';
import { groupFieldName, hasSectionPrefix, isSectionNumber } from '../table/group-row';
import { memoizeString, normalizeName, toNfc } from '../text/normalize';
import { cellNumber } from '../evaluate/baseline';
import { readTargetCell } from '../evaluate/read-target';
import type { Rational } from '../rational';
import { bodyStart } from '../forms/header-band';
import { firstByKey } from './first-by-key';

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

/** Where an issue about a catalogue cell points. */
function placeAt(sheet: string, row: number, col: number, code: string | null): { sheet: string; cell: string; code: string | null } {
  return { sheet, cell: cellAddress(row, col), code };
}

/** Reads the catalogue rows under a found header: group rows name fields, bad rows become `catalogue-invalid`. */
export function readCatalogue(sheet: SheetData, header: HeaderRow, style: NumberStyle): Catalogue {
  const cols = chooseColumns(header);
  const entries: CatalogueEntry[] = [];
  const byCode = new Map<string, CatalogueEntry>();
  const targets = new Map<string, TargetParse>();
  const issues: Issue[] = [];
  let groupField: string | null = null;
  const name0 = sheet.name;
  const codeCol = cols.code ?? 0;
  for (let r = bodyStart(header); r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    const code = textAt(cells, cols.code);
    const name = textAt(cells, cols.name);
    if (code === '' && name === '' && cells.every((c) => cellText(c) === '')) continue;
    if (code === '') {
      const stt = textAt(cells, cols.stt);
      const bare = name !== '' && textAt(cells, cols.target) === '' && textAt(cells, cols.unit) === '';
      if (isSectionNumber(stt) || hasSectionPrefix(name || stt) || bare) {
        groupField = groupFieldName(name || stt) || groupField;
        continue;
      }
      issues.push(makeIssue('catalogue-invalid', placeAt(name0, r, codeCol, null), { problem: 'no-code' }));
      continue;
    }
    if (name === '') {
      issues.push(makeIssue('catalogue-invalid', placeAt(name0, r, codeCol, code), { problem: 'no-name' }));
      continue;
    }
    const key = codeKey(code);
    const first = byCode.get(key);
    if (first) {
      issues.push(makeIssue('catalogue-invalid', placeAt(name0, r, codeCol, code), { problem: 'duplicate-code', firstRow: String(first.row) }));
      continue;
    }
    const target = readTargetCell(cols.target === undefined ? undefined : cells[cols.target], style, targets);
    const targetPlace = () => placeAt(name0, r, cols.target ?? codeCol, code);
    for (const finding of target.findings) issues.push(makeIssue(finding.rule, targetPlace(), finding.params));
    if (target.unreadable) issues.push(makeIssue('catalogue-invalid', targetPlace(), { problem: 'bad-target', value: textAt(cells, cols.target) }));
    const dir = directionOf(cols.direction === undefined ? undefined : cells[cols.direction]?.value);
    if (dir === 'invalid') {
      issues.push(makeIssue('catalogue-invalid', placeAt(name0, r, cols.direction ?? 0, code), { problem: 'bad-direction', value: textAt(cells, cols.direction) }));
    }
    const entry: CatalogueEntry = {
      ordinal: entries.length,
      code: key === code ? code : toNfc(code),
      key,
      name: toNfc(name),
      field: toNfc(textAt(cells, cols.field)) || groupField,
      unit: toNfc(textAt(cells, cols.unit)) || null,
      direction: dir === 'increase' || dir === 'decrease' ? dir : target.comparatorDirection ?? 'increase',
      targetValue: target.value,
      targetText: textAt(cells, cols.target),
      baseline: cols.baseline === undefined ? null : cellNumber(cells[cols.baseline], style),
      agency: toNfc(textAt(cells, cols.agency)) || null,
      sheet: name0,
      row: r + 1,
      codeColumn: codeCol,
    };
    entries.push(entry);
    byCode.set(key, entry);
  }
  let byName: Map<string, CatalogueEntry> | null = null;
  const names = () => (byName ??= firstByKey(entries, (entry) => normalizeName(entry.name)));
  return { sheet: sheet.name, entries, byCode, byName: names, issues };
}
