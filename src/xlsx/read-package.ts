/** Parsing the small package parts: relationships, workbook.xml (sheets, defined names) and part paths. */
import type { OwnedRole } from '../core';
import { OWNED_ROLES, OWNED_SHEET_NAME_MARKER } from '../core';
import { attr, children, decodeEntities, findElement } from './xml';

/** One relationship of a .rels part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** A `<sheet>` of workbook.xml with its resolved part and kind. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  readonly state?: string;
  /** Position among all sheets (the index localSheetId refers to). */
  readonly index: number;
  readonly kind: 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'other';
  /** Zip path of the sheet part, when the relationship resolves. */
  readonly part?: string;
  readonly owned?: OwnedRole;
}

/** A `<definedName>` of workbook.xml. */
export interface DefinedName {
  readonly name: string;
  readonly localSheetId?: number;
  /** Decoded formula text. */
  readonly value: string;
}

/** The zip path of the .rels part that belongs to a part. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target (relative to the source part, or absolute from the package root) to a zip path. */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of target.replace(/^\//, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.map((s) => decodeURIComponentSafe(s)).join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Parses a .rels part. */
export function parseRels(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  const root = findElement(xml, 'Relationships');
  if (!root) return [];
  return children(xml, root.contentStart, root.contentEnd)
    .filter((el) => el.tag.local === 'Relationship')
    .map((el) => {
      const tag = xml.slice(el.tag.start, el.tag.end);
      return {
        id: attr(tag, 'Id') ?? '',
        type: attr(tag, 'Type') ?? '',
        target: attr(tag, 'Target') ?? '',
        external: attr(tag, 'TargetMode') === 'External',
      };
    });
}

const KINDS: ReadonlyArray<[string, SheetEntry['kind']]> = [
  ['/worksheet', 'worksheet'],
  ['/chartsheet', 'chartsheet'],
  ['/dialogsheet', 'dialogsheet'],
  ['/xlMacrosheet', 'macrosheet'],
];

/** Parses workbook.xml's sheets and defined names, resolving sheet parts through the workbook's relationships. */
export function parseWorkbook(
  xml: string,
  workbookPath: string,
  rels: readonly Relationship[],
): { sheets: SheetEntry[]; definedNames: DefinedName[] } {
  const definedNames: DefinedName[] = [];
  const dn = findElement(xml, 'definedNames');
  if (dn) {
    for (const el of children(xml, dn.contentStart, dn.contentEnd)) {
      const tag = xml.slice(el.tag.start, el.tag.end);
      const local = attr(tag, 'localSheetId');
      definedNames.push({
        name: attr(tag, 'name') ?? '',
        localSheetId: local === undefined ? undefined : Number(local),
        value: decodeEntities(xml.slice(el.contentStart, el.contentEnd)),
      });
    }
  }
  const sheetsEl = findElement(xml, 'sheets');
  const sheets: SheetEntry[] = [];
  const list = sheetsEl ? children(xml, sheetsEl.contentStart, sheetsEl.contentEnd) : [];
  list.forEach((el, index) => {
    const tag = xml.slice(el.tag.start, el.tag.end);
    const rId = attr(tag, 'r:id') ?? attrByLocal(tag, 'id') ?? '';
    const rel = rels.find((r) => r.id === rId);
    const kind = KINDS.find(([suffix]) => rel?.type.endsWith(suffix))?.[1] ?? 'other';
    sheets.push({
      name: attr(tag, 'name') ?? '',
      sheetId: Number(attr(tag, 'sheetId') ?? 0),
      rId,
      state: attr(tag, 'state'),
      index,
      kind,
      part: rel && !rel.external ? resolveTarget(workbookPath, rel.target) : undefined,
      owned: ownedRole(definedNames, index),
    });
  });
  return { sheets, definedNames };
}

/** An attribute whose prefix is unknown (e.g. `r:id` declared under another prefix), matched by local name. */
function attrByLocal(tag: string, local: string): string | undefined {
  const m = new RegExp(`\\s[A-Za-z0-9_]+:${local}\\s*=\\s*"([^"]*)"`).exec(tag);
  return m ? decodeEntities(m[1]) : undefined;
}

/** The owned role marked on the sheet at this index by the `_ChiTieu_Owned` sheet-scoped name. */
export function ownedRole(names: readonly DefinedName[], index: number): OwnedRole | undefined {
  const mark = names.find((d) => d.name === OWNED_SHEET_NAME_MARKER && d.localSheetId === index);
  const value = mark?.value.trim().replace(/^=/, '').replace(/^"(.*)"$/, '$1');
  return OWNED_ROLES.find((role) => role === value);
}
