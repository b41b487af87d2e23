/** Appending ChiTieu's cell styles and flag formats to xl/styles.xml, keeping every existing index unchanged. */
import type { CellStyle, FlagKind, StyleId } from '../core';
import { FLAG_STYLES, SHEET_FONT, SHEET_FONT_SIZE, SHEET_STYLES } from '../core';
import { XlsxError } from './errors';
import { builtinNumFmtId } from './numfmt';
import type { Edit } from './splice';
import { applyEdits } from './splice';
import type { Element } from './xml';
import { attr, children, escapeAttr, findElement, rootPrefix, setAttr } from './xml';

/** Style key of owned-sheet cells: a named style, or `plain` for cells without one. */
export type XfKey = StyleId | 'plain';

/** The patched styles part and the indices of ChiTieu's cell formats and differential (flag) formats. */
export interface StylesPatch {
  readonly xml: string;
  readonly xf: Readonly<Record<XfKey, number>>;
  readonly dxf: Readonly<Record<FlagKind, number>>;
}

/** One collection of styles.xml, its existing children and what is appended to it. */
class Collection {
  readonly items: string[];
  readonly added: string[] = [];
  constructor(
    private readonly xml: string,
    readonly el: Element | undefined,
  ) {
    this.items = el ? children(xml, el.contentStart, el.contentEnd).map((c) => xml.slice(c.tag.start, c.end)) : [];
  }
  /** Index of an identical child, appending it when there is none. */
  ensure(child: string): number {
    const found = this.items.indexOf(child);
    if (found >= 0) return found;
    this.items.push(child);
    this.added.push(child);
    return this.items.length - 1;
  }
  /** The edit that writes the appended children and the new count, or undefined when nothing was added. */
  edit(): Edit | undefined {
    if (!this.el || this.added.length === 0) return undefined;
    const tag = this.xml.slice(this.el.tag.start, this.el.tag.end);
    const count = String(this.items.length);
    if (this.el.tag.selfClosing) {
      const open = setAttr(tag.slice(0, -2).trimEnd() + '>', 'count', count);
      return { start: this.el.tag.start, end: this.el.end, text: `${open}${this.added.join('')}</${this.el.tag.qname}>` };
    }
    return { start: this.el.tag.start, end: this.el.contentEnd, text: setAttr(tag, 'count', count) + this.xml.slice(this.el.contentStart, this.el.contentEnd) + this.added.join('') };
  }
}

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

/** Adds the owned-sheet styles and flag formats to a styles part (reusing identical entries from earlier runs). */
export function patchStyles(xml: string): StylesPatch {
  const p = rootPrefix(xml);
  const get = (local: string): Collection => new Collection(xml, findElement(xml, local));
  const fonts = get('fonts'), fills = get('fills'), borders = get('borders'), cellXfs = get('cellXfs');
  const cellStyleXfs = get('cellStyleXfs');
  if (!fonts.el || !fills.el || !borders.el || !cellXfs.el) {
    throw new XlsxError('cannot-preserve', 'styles.xml lacks fonts, fills, borders or cellXfs');
  }
  const numFmtsEl = findElement(xml, 'numFmts');
  const numFmts = new Collection(xml, numFmtsEl);
  const dxfs = new Collection(xml, findElement(xml, 'dxfs'));
  const fmtIds = new Map<string, number>();
  let nextFmt = 164;
  for (const item of numFmts.items) {
    const id = Number(attr(item, 'numFmtId'));
    const code = attr(item, 'formatCode');
    if (code !== undefined && !fmtIds.has(code)) fmtIds.set(code, id);
    if (id >= nextFmt) nextFmt = id + 1;
  }
  const numFmtId = (code: string | undefined): number => {
    if (code === undefined) return 0;
    const id = builtinNumFmtId(code) ?? fmtIds.get(code) ?? nextFmt++;
    if (!fmtIds.has(code) && builtinNumFmtId(code) === undefined) {
      fmtIds.set(code, id);
      numFmts.ensure(`<${p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    return id;
  };
  const thin = (side: string): string => `<${p}${side} style="thin"><${p}color indexed="64"/></${p}${side}>`;
  const xfOf = (st: CellStyle): number => {
    const font =
      `<${p}font>${st.bold ? `<${p}b/>` : ''}${st.italic ? `<${p}i/>` : ''}${st.underline ? `<${p}u/>` : ''}` +
      `<${p}sz val="${st.size ?? SHEET_FONT_SIZE}"/>${st.color ? `<${p}color rgb="${argb(st.color)}"/>` : ''}` +
      `<${p}name val="${SHEET_FONT}"/><${p}family val="1"/></${p}font>`;
    const fontId = fonts.ensure(font);
    const fillId = st.fill
      ? fills.ensure(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(st.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`)
      : 0;
    const borderId = borders.ensure(
      st.border
        ? `<${p}border>${thin('left')}${thin('right')}${thin('top')}${thin('bottom')}<${p}diagonal/></${p}border>`
        : `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`,
    );
    const fmt = numFmtId(st.numFmt);
    const align =
      (st.horizontal ? ` horizontal="${st.horizontal}"` : '') + (st.vertical ? ` vertical="${st.vertical}"` : '') + (st.wrap ? ' wrapText="1"' : '');
    const xfId = cellStyleXfs.items.length > 0 ? ' xfId="0"' : '';
    return cellXfs.ensure(
      `<${p}xf numFmtId="${fmt}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${xfId} applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">` +
        (align ? `<${p}alignment${align}/>` : '') +
        `</${p}xf>`,
    );
  };
  const xf = { plain: xfOf({}) } as Record<XfKey, number>;
  for (const id of Object.keys(SHEET_STYLES) as StyleId[]) xf[id] = xfOf(SHEET_STYLES[id]);
  const dxf = {} as Record<FlagKind, number>;
  for (const kind of Object.keys(FLAG_STYLES) as FlagKind[]) {
    const { fill, color } = FLAG_STYLES[kind];
    dxf[kind] = dxfs.ensure(
      `<${p}dxf><${p}font><${p}color rgb="${argb(color)}"/></${p}font><${p}fill><${p}patternFill><${p}bgColor rgb="${argb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`,
    );
  }
  const edits = [numFmts, fonts, fills, borders, cellXfs, dxfs].map((c) => c.edit()).filter((e): e is Edit => !!e);
  if (!numFmts.el && numFmts.added.length > 0) {
    const at = fonts.el.tag.start;
    edits.push({ start: at, end: at, text: `<${p}numFmts count="${numFmts.added.length}">${numFmts.added.join('')}</${p}numFmts>` });
  }
  if (!dxfs.el) {
    const at = insertionBefore(xml, ['tableStyles', 'colors', 'extLst']);
    edits.push({ start: at, end: at, text: `<${p}dxfs count="${dxfs.added.length}">${dxfs.added.join('')}</${p}dxfs>` });
  }
  return { xml: applyEdits(xml, edits), xf, dxf };
}

/** Start of the first root child with one of these local names, else the root's end tag. */
function insertionBefore(xml: string, locals: readonly string[]): number {
  const root = findElement(xml, 'styleSheet');
  if (!root) throw new XlsxError('cannot-preserve', 'styles.xml has no styleSheet element');
  const next = children(xml, root.contentStart, root.contentEnd).find((c) => locals.includes(c.tag.local));
  return next ? next.tag.start : root.contentEnd;
}
