import type { Catalogue, CatalogueEntry } from '../model/catalogue';
import type { CellValue, Issue, NumberStyle, SheetData } from '../model/model';
import { parseDirection } from '../parse/direction';
import type { HeaderRow } from '../parse/headers';
import { CellState } from '../rules/cell-state';
import { CATALOGUE_RULES } from '../rules/registry';
import type { CatalogueRowCheck } from '../rules/rule';
import { cellText, codeKey, textAt } from '../table/cell-text';
import { chooseColumns } from '../table/columns';
import { groupFieldName, hasSectionPrefix, isSectionNumber } from '../table/group-row';
import { memoizeString, normalizeName, toNfc } from '../text/normalize';
import { cellNumber } from '../values/baseline';
import type { TargetReading, TargetReadings } from '../values/read-target';
import { readTargetCell } from '../values/read-target';
import { bodyStart } from '../forms/header-band';
import { firstByKey } from '../model/first-by-key';

const directionWords = memoizeString((text: string) => parseDirection(text));

/** parseDirection, remembered for text cells (catalogues repeat "Tăng" and "Giảm"). */
function directionOf(value: CellValue | undefined): ReturnType<typeof parseDirection> {
  return typeof value === 'string' ? directionWords(value) : parseDirection(value);
}

/** The catalogue row check of a read: one object, refilled for each row. */
class CatalogueRowState implements CatalogueRowCheck {
  rowIndex = 0;
  code = '';
  name = '';
  firstRow: number | null = null;
  target: TargetReading | null = null;
  targetText = '';
  directionInvalid = false;
  directionText = '';

  /** Starts the checks of a catalogue sheet with its code, target and direction columns. */
  constructor(
    readonly sheet: string,
    readonly codeColumn: number,
    readonly targetColumn: number | undefined,
    readonly directionColumn: number | undefined,
  ) {}

  /** Refills the check with a row's identity (its target not read yet). */
  identity(rowIndex: number, code: string, name: string, firstRow: number | null): void {
    this.rowIndex = rowIndex;
    this.code = code;
    this.name = name;
    this.firstRow = firstRow;
    this.target = null;
    this.targetText = '';
    this.directionInvalid = false;
    this.directionText = '';
  }

  /** Runs the catalogue rules on the row as filled, adding their issues. */
  run(issues: Issue[]): void {
    for (let i = 0; i < CATALOGUE_RULES.length; i++) CATALOGUE_RULES[i].check(this, issues);
  }
}

/** Reads the catalogue rows under a found header: group rows name fields, bad rows become `catalogue-invalid`. */
export function readCatalogue(sheet: SheetData, header: HeaderRow, style: NumberStyle): Catalogue {
  const cols = chooseColumns(header);
  const entries: CatalogueEntry[] = [];
  const byCode = new Map<string, CatalogueEntry>();
  const targets: TargetReadings = new Map();
  const issues: Issue[] = [];
  let groupField: string | null = null;
  const name0 = sheet.name;
  const codeCol = cols.code ?? 0;
  const check = new CatalogueRowState(name0, codeCol, cols.target, cols.direction);
  const cellCheck = new CellState(style);
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
      check.identity(r, code, name, null);
      check.run(issues);
      continue;
    }
    const key = codeKey(code);
    const first = name === '' ? undefined : byCode.get(key);
    check.identity(r, code, name, first ? first.row : null);
    if (name === '' || first) {
      check.run(issues);
      continue;
    }
    const targetCell = cols.target === undefined ? undefined : cells[cols.target];
    const target = readTargetCell(targetCell, style, targets);
    cellCheck.checkCatalogueTarget(targetCell, target, name0, r, cols.target ?? codeCol, code, issues);
    const dir = directionOf(cols.direction === undefined ? undefined : cells[cols.direction]?.value);
    check.target = target;
    if (target.unreadable) check.targetText = textAt(cells, cols.target);
    if (dir === 'invalid') {
      check.directionInvalid = true;
      check.directionText = textAt(cells, cols.direction);
    }
    check.run(issues);
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
