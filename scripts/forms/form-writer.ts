/**
 * Writes report forms the way district and commune offices lay them out: a two-sided title block
 * ("ỦY BAN NHÂN DÂN HUYỆN …" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "BIỂU SỐ 01", a stacked header
 * of merged cells, a column-number row, the body, and a footer with a place-and-date line and signatures.
 */
import type { Worksheet } from 'exceljs';
import { setCell } from '../fixture-xlsx';
import type { Cell } from '../fixture-xlsx';

/** A column of a form: its key and its header labels from the top header row down. */
export interface FormColumn {
  readonly key: string;
  /**
   * Labels top-down. A column with fewer labels than the header has rows is merged down from its last label;
   * adjacent columns sharing the same label at a level (and above) are merged across at that level.
   */
  readonly head: readonly string[];
  readonly width?: number;
}

/** One body row of a form: cells by column key; `group` rows are bold, `part` rows italic. */
export interface FormRow {
  readonly cells: Readonly<Record<string, Cell>>;
  readonly group?: boolean;
  readonly part?: boolean;
}

/** A signer under the table: the title lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH") and the name. */
export interface Signer {
  readonly title: readonly string[];
  readonly name: string;
  /** The column key the signature block starts at. */
  readonly at: string;
}

/** The footer under the table. */
export interface FormFooter {
  /** Notes right under the table ("Ghi chú: …", "(1) …"). */
  readonly notes?: readonly string[];
  /** "Văn Lãng, ngày 15 tháng 12 năm 2023", written above the right-hand signer. */
  readonly placeDate?: string;
  readonly signers: readonly Signer[];
}

/** Everything one form sheet shows. */
export interface FormSpec {
  /** Left of the title block: the issuing body ("ỦY BAN NHÂN DÂN", "HUYỆN VĂN LÃNG"). */
  readonly issuer?: readonly string[];
  /** Right of the title block; default the national motto. */
  readonly motto?: readonly string[] | null;
  /** Centred title lines ("BIỂU SỐ 01", "KẾT QUẢ THỰC HIỆN …", "(Kèm theo Báo cáo số …)"). */
  readonly titles: readonly string[];
  readonly columns: readonly FormColumn[];
  /** Column-number row under the header ("A", "B", "1", "4=3/2"); omitted when absent. */
  readonly numbers?: readonly string[];
  readonly rows: readonly FormRow[];
  readonly footer?: FormFooter;
}

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The national motto, as every administrative document carries it. */
export const MOTTO: readonly string[] = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

/** Writes a title line merged over columns [from, to] (1-based). */
function titleLine(ws: Worksheet, row: number, from: number, to: number, text: string, bold: boolean, italic = false): void {
  if (to > from) ws.mergeCells(row, from, row, to);
  const c = ws.getCell(row, from);
  c.value = text;
  c.font = { name: FONT, size: 12, bold, italic };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** Writes the issuer / motto block and the centred titles; returns the next free row. */
function writeTitleBlock(ws: Worksheet, spec: FormSpec, width: number, start: number): number {
  const issuer = spec.issuer ?? [];
  const motto = spec.motto === null ? [] : spec.motto ?? MOTTO;
  const split = Math.max(2, Math.floor(width / 2) - 1);
  let r = start;
  for (let i = 0; i < Math.max(issuer.length, motto.length); i++, r++) {
    if (issuer[i]) titleLine(ws, r, 1, split, issuer[i], true);
    if (motto[i]) titleLine(ws, r, split + 1, width, motto[i], true, i > 0);
  }
  if (r > start) r++;
  spec.titles.forEach((title, i) => titleLine(ws, r++, 1, width, title, i < 2, i >= 2));
  return r + 1;
}

/** Writes the stacked header with its merges; returns the number of header rows. */
function writeHeader(ws: Worksheet, columns: readonly FormColumn[], top: number): number {
  const depth = Math.max(...columns.map((c) => c.head.length));
  columns.forEach((col, i) => {
    for (let level = 0; level < depth; level++) {
      const cell = ws.getCell(top + level, i + 1);
      cell.border = BORDER;
      cell.font = { name: FONT, size: 11, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
    ws.getColumn(i + 1).width = col.width ?? (col.key === 'name' ? 44 : 13);
  });
  for (let level = 0; level < depth; level++) {
    let i = 0;
    while (i < columns.length) {
      const label = columns[i].head[level];
      if (label === undefined) {
        i++;
        continue;
      }
      let end = i;
      const same = (j: number) => columns[j].head.length > level + 1 && columns[j].head.slice(0, level + 1).join('\u0000') === columns[i].head.slice(0, level + 1).join('\u0000');
      while (end + 1 < columns.length && columns[i].head.length > level + 1 && same(end + 1)) end++;
      const down = columns[i].head.length === level + 1 ? depth - 1 : level;
      if (end > i || down > level) ws.mergeCells(top + level, i + 1, top + down, end + 1);
      ws.getCell(top + level, i + 1).value = label;
      i = end + 1;
    }
  }
  return depth;
}

/** Writes the footer: notes, the place-and-date line and the signature blocks; returns the next free row. */
function writeFooter(ws: Worksheet, footer: FormFooter, keys: readonly string[], first: number): number {
  let r = first;
  for (const note of footer.notes ?? []) {
    const c = ws.getCell(r++, 2);
    c.value = note;
    c.font = { name: FONT, size: 11, italic: true };
  }
  r++;
  const right = footer.signers[footer.signers.length - 1];
  if (footer.placeDate && right) {
    const c = ws.getCell(r++, keys.indexOf(right.at) + 1);
    c.value = footer.placeDate;
    c.font = { name: FONT, size: 12, italic: true };
  }
  const lines = Math.max(...footer.signers.map((s) => s.title.length));
  for (const signer of footer.signers) {
    const col = keys.indexOf(signer.at) + 1;
    signer.title.forEach((t, i) => {
      const c = ws.getCell(r + i, col);
      c.value = t;
      c.font = { name: FONT, size: 12, bold: true };
    });
    const name = ws.getCell(r + lines + 3, col);
    name.value = signer.name;
    name.font = { name: FONT, size: 12, bold: true };
  }
  return r + lines + 5;
}

/** Writes a whole form onto a sheet from row `start` (1-based); returns the row after the last one written. */
export function writeForm(ws: Worksheet, spec: FormSpec, start = 1): number {
  const keys = spec.columns.map((c) => c.key);
  const top = writeTitleBlock(ws, spec, keys.length, start);
  let r = top + writeHeader(ws, spec.columns, top);
  if (spec.numbers) {
    spec.numbers.forEach((label, i) => {
      const c = ws.getCell(r, i + 1);
      c.value = label;
      c.font = { name: FONT, size: 10, italic: true };
      c.alignment = { horizontal: 'center' };
      c.border = BORDER;
    });
    r++;
  }
  for (const row of spec.rows) {
    keys.forEach((key, i) => {
      setCell(ws, r, i + 1, row.cells[key]);
      const c = ws.getCell(r, i + 1);
      c.border = BORDER;
      if (row.group || row.part) c.font = { name: FONT, size: 12, bold: row.group, italic: row.part };
      if (key === 'name') c.alignment = { wrapText: true, vertical: 'middle' };
    });
    r++;
  }
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return spec.footer ? writeFooter(ws, spec.footer, keys, r + 1) : r;
}
