/** A small .xlsx reader for catalogue import: the first worksheet's values and number formats, nothing else. */
import type { CellValue, RawCell, SheetData } from '../core/model';

const BUILTIN_FORMATS: Readonly<Record<number, string>> = { 9: '0%', 10: '0.00%', 3: '#,##0', 4: '#,##0.00', 2: '0.00', 1: '0' };

/** Reads the central directory of a zip archive and returns a function that inflates one entry to text. */
function openZip(bytes: Uint8Array): (name: string) => Promise<string | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const entries = new Map<string, { method: number; size: number; offset: number }>();
  let p = view.getUint32(end + 16, true);
  for (let i = 0, n = view.getUint16(end + 10, true); i < n; i++) {
    const nameLength = view.getUint16(p + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.set(name, { method: view.getUint16(p + 10, true), size: view.getUint32(p + 20, true), offset: view.getUint32(p + 42, true) });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return async (name) => {
    const entry = entries.get(name);
    if (!entry) return null;
    const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
    const data = bytes.slice(start, start + entry.size);
    if (entry.method === 0) return new TextDecoder().decode(data);
    const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text();
  };
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&' : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))));
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? unescapeXml(m[1]) : undefined;
}

/** The text of every `<t>` inside a fragment, phonetic runs excluded. */
function textOf(fragment: string): string {
  return [...fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1])).join('');
}

/** The number format code of each cell style index. */
function styleFormats(styles: string | null): string[] {
  if (!styles) return [];
  const custom = new Map([...styles.matchAll(/<numFmt\s([^>]*)\/>/g)].map((m) => [Number(attribute(m[1], 'numFmtId')), attribute(m[1], 'formatCode') ?? '']));
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\s([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attribute(m[1], 'numFmtId') ?? 0);
    return custom.get(id) ?? BUILTIN_FORMATS[id] ?? 'General';
  });
}

function columnIndexOf(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** Reads the first worksheet of an .xlsx file into SheetData (values, number formats; formulas as their cached values). */
export async function readXlsxFirstSheet(bytes: Uint8Array, name: string): Promise<SheetData> {
  const read = openZip(bytes);
  const workbook = (await read('xl/workbook.xml')) ?? '';
  const rels = (await read('xl/_rels/workbook.xml.rels')) ?? '';
  const firstSheet = /<sheet\s([^>]*)\/>/.exec(workbook);
  const rid = firstSheet ? attribute(firstSheet[1], 'r:id') : undefined;
  const rel = [...rels.matchAll(/<Relationship\s([^>]*)\/>/g)].find((m) => attribute(m[1], 'Id') === rid);
  const target = rel ? attribute(rel[1], 'Target') ?? '' : 'worksheets/sheet1.xml';
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const sheetXml = await read(path);
  if (sheetXml === null) throw new Error('no worksheet found');
  const shared = [...((await read('xl/sharedStrings.xml')) ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]));
  const formats = styleFormats(await read('xl/styles.xml'));
  const rows: Array<Array<RawCell | undefined> | undefined> = [];
  for (const row of sheetXml.matchAll(/<row\s([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attribute(row[1], 'r')) - 1;
    const cells: Array<RawCell | undefined> = [];
    for (const c of (row[2] ?? '').matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = attribute(c[1], 't') ?? 'n';
      const raw = /<v>([\s\S]*?)<\/v>/.exec(c[2] ?? '')?.[1];
      let value: CellValue = null;
      if (type === 'inlineStr') value = textOf(c[2] ?? '');
      else if (raw === undefined) continue;
      else if (type === 's') value = shared[Number(raw)] ?? '';
      else if (type === 'str') value = unescapeXml(raw);
      else if (type === 'b') value = raw === '1';
      else if (type === 'e') value = { error: unescapeXml(raw) };
      else value = Number(raw);
      const numFmt = formats[Number(attribute(c[1], 's') ?? 0)];
      cells[columnIndexOf(attribute(c[1], 'r') ?? 'A1')] = numFmt && numFmt !== 'General' && typeof value === 'number' ? { value, numFmt } : { value };
    }
    rows[r] = cells;
  }
  return { name, rows };
}
