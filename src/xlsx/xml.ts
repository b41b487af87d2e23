/** Small string-level XML helpers for the package parts ChiTieu reads or patches (no DOM, no re-serialisation). */

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined XML entities and numeric character references. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 35) {
      const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Decodes OOXML `_xHHHH_` escapes (ST_Xstring), `_x005F_` standing for a literal underscore. */
export function decodeXString(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9a-fA-F]{4})_/g, (_w, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Encodes text for an OOXML string: control characters become `_xHHHH_` and a literal `_xHHHH_` is protected. */
export function encodeXString(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/_(?=x[0-9a-fA-F]{4}_)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) =>
    c === '_' ? '_x005F_' : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** Escapes text content for XML. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Escapes an attribute value for XML (double-quoted). */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\r\n\t]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

/** One tag found in an XML string: positions and the qualified name. */
export interface Tag {
  /** Index of `<`. */
  readonly start: number;
  /** Index just after `>`. */
  readonly end: number;
  /** Qualified name, e.g. `x:row` or `row`. */
  readonly qname: string;
  /** Local name without prefix. */
  readonly local: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
}

/** Finds the next start or end tag at or after `pos`, skipping comments, processing instructions, CDATA and doctype. */
export function nextTag(xml: string, pos: number): Tag | undefined {
  let i = xml.indexOf('<', pos);
  while (i >= 0) {
    const c = xml.charCodeAt(i + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const close = xml.startsWith('<!--', i) ? '-->' : xml.startsWith('<![CDATA[', i) ? ']]>' : '>';
      const e = xml.indexOf(close, i + 2);
      if (e < 0) return undefined;
      i = xml.indexOf('<', e + close.length);
      continue;
    }
    const closing = c === 47;
    const nameStart = closing ? i + 2 : i + 1;
    let j = nameStart;
    for (; j < xml.length; j++) {
      const k = xml.charCodeAt(j);
      if (k === 62 || k === 47 || k === 32 || k === 9 || k === 10 || k === 13) break;
    }
    const end = tagEnd(xml, j);
    if (end < 0) return undefined;
    const qname = xml.slice(nameStart, j);
    const colon = qname.indexOf(':');
    return {
      start: i,
      end,
      qname,
      local: colon >= 0 ? qname.slice(colon + 1) : qname,
      closing,
      selfClosing: !closing && xml.charCodeAt(end - 2) === 47,
    };
  }
  return undefined;
}

/** Index just after the `>` closing a tag, honouring quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const k = xml.charCodeAt(i);
    if (quote) {
      if (k === quote) quote = 0;
    } else if (k === 34 || k === 39) quote = k;
    else if (k === 62) return i + 1;
  }
  return -1;
}

/** An element located in a string: its start tag and the index just after its end. */
export interface Element {
  readonly tag: Tag;
  /** Index just after the element's end tag (or the self-closing tag). */
  readonly end: number;
  /** Index where the content starts (after the start tag). */
  readonly contentStart: number;
  /** Index of the end tag's `<` (equals end for self-closing elements). */
  readonly contentEnd: number;
}

/** Reads the whole element whose start tag is `tag`, matching nested elements of any name. */
export function elementAt(xml: string, tag: Tag): Element {
  if (tag.selfClosing) return { tag, end: tag.end, contentStart: tag.end, contentEnd: tag.end };
  let depth = 0;
  let t = nextTag(xml, tag.end);
  while (t) {
    if (t.closing) {
      if (depth === 0) return { tag, end: t.end, contentStart: tag.end, contentEnd: t.start };
      depth--;
    } else if (!t.selfClosing) depth++;
    t = nextTag(xml, t.end);
  }
  throw new Error(`unclosed element <${tag.qname}>`);
}

/** The child elements of the element spanning [from, to) content positions. */
export function children(xml: string, from: number, to: number): Element[] {
  const out: Element[] = [];
  let t = nextTag(xml, from);
  while (t && t.start < to) {
    if (t.closing) break;
    const el = elementAt(xml, t);
    out.push(el);
    t = nextTag(xml, el.end);
  }
  return out;
}

/** The first element with this local name at or after `from`, at any depth. */
export function findElement(xml: string, local: string, from = 0): Element | undefined {
  let t = nextTag(xml, from);
  while (t) {
    if (!t.closing && t.local === local) return elementAt(xml, t);
    t = nextTag(xml, t.end);
  }
  return undefined;
}

/** The decoded value of an attribute in a start tag, or undefined. */
export function attr(startTag: string, name: string): string | undefined {
  const re = new RegExp(`[\\s]${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`);
  const m = re.exec(startTag);
  return m ? decodeEntities(m[2] ?? m[3] ?? '') : undefined;
}

/** Sets (or adds) an attribute on a start tag string, returning the new tag. */
export function setAttr(startTag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(startTag)) return startTag.replace(re, `$1"${escapeAttr(value)}"`);
  const close = startTag.endsWith('/>') ? startTag.length - 2 : startTag.length - 1;
  return `${startTag.slice(0, close)} ${name}="${escapeAttr(value)}"${startTag.slice(close)}`;
}

/** Removes an attribute from a start tag string. */
export function removeAttr(startTag: string, name: string): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
  return startTag.replace(re, '');
}

/** The namespace prefix (with trailing colon, or "") of the root element of a part. */
export function rootPrefix(xml: string): string {
  const t = nextTag(xml, 0);
  if (!t) return '';
  const colon = t.qname.indexOf(':');
  return colon >= 0 ? t.qname.slice(0, colon + 1) : '';
}
