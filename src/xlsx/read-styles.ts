/** Reading number formats per cell style index from xl/styles.xml. */
import { BUILTIN_NUM_FMTS } from './numfmt';
import { attr, children, findElement } from './xml';

/** Number format code per cellXfs index; undefined means General. */
export function readNumFmtsByStyle(stylesXml: string | undefined): Array<string | undefined> {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  const numFmts = findElement(stylesXml, 'numFmts');
  if (numFmts) {
    for (const el of children(stylesXml, numFmts.contentStart, numFmts.contentEnd)) {
      const tag = stylesXml.slice(el.tag.start, el.tag.end);
      const id = Number(attr(tag, 'numFmtId'));
      const code = attr(tag, 'formatCode');
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    }
  }
  const xfs = findElement(stylesXml, 'cellXfs');
  if (!xfs) return [];
  return children(stylesXml, xfs.contentStart, xfs.contentEnd).map((el) => {
    const id = Number(attr(stylesXml.slice(el.tag.start, el.tag.end), 'numFmtId') ?? 0);
    const code = custom.get(id) ?? BUILTIN_NUM_FMTS[id];
    return code === undefined || code === 'General' ? undefined : code;
  });
}
