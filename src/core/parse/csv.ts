import type { RawCell, SheetData } from '../model/model';

/** Picks the delimiter of a CSV text from its first line: `;` or tab when they outnumber commas. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const count = (c: string) => firstLine.split(c).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return count(best) > 0 ? best : ',';
}

/** Parses CSV text (RFC 4180 quotes, `,` `;` or tab delimited, BOM tolerated) into a sheet of text cells. */
export function parseCsv(text: string, name: string): SheetData {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = delimiterOf(src);
  const rows: Array<Array<RawCell | undefined>> = [];
  let row: Array<RawCell | undefined> = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field === '' ? undefined : { value: field });
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return { name, rows };
}
