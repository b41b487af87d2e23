import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZip, writeZip } from '../../src/xlsx/zip';
import { runCli } from '../cli/run-cli';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A row of inline-string and number cells. */
function row(r: number, cells: ReadonlyArray<string | number>): string {
  const c = cells.map((v, i) => {
    const ref = `${String.fromCharCode(65 + i)}${r}`;
    return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  });
  return `<row r="${r}">${c.join('')}</row>`;
}

/** A catalogue and a data sheet in a package written without a styles part (or with the given one). */
function packageWithout(styles?: string): string {
  const sheet = (rows: string) => `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
  const files: Array<[string, string]> = [
    ['[Content_Types].xml', `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${styles === undefined ? '' : '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'}</Types>`],
    ['_rels/.rels', `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Danh mục chỉ tiêu" sheetId="1" r:id="rId1"/><sheet name="Số liệu" sheetId="2" r:id="rId2"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>${styles === undefined ? '' : `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>`}</Relationships>`],
    ['xl/worksheets/sheet1.xml', sheet(row(1, ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu']) + row(2, ['KT01', 'Tốc độ tăng trưởng GRDP', '%', 8]) + row(3, ['KT02', 'Thu ngân sách', 'tỷ đồng', 4500]))],
    ['xl/worksheets/sheet2.xml', sheet(row(1, ['Mã', 'Chỉ tiêu', 'Thực hiện']) + row(2, ['KT01', 'Tốc độ tăng trưởng GRDP', 3]) + row(3, ['KT02', 'Thu ngân sách', 4600]))],
    ...(styles === undefined ? [] : [['xl/styles.xml', styles] as [string, string]]),
  ];
  const path = join(mkdtempSync(join(tmpdir(), 'chitieu-nostyles-')), 'book.xlsx');
  writeFileSync(path, writeZip(files.map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') }))));
  return path;
}

describe('a workbook without a usable styles part', () => {
  it.each([
    ['no styles part at all', undefined],
    ['an empty styles part', ''],
    ['a styleSheet with no children', `${HEAD}<styleSheet xmlns="${MAIN}"/>`],
  ])('%s is checked and written with a minimal styles part, every other part kept', async (_title, styles) => {
    const input = packageWithout(styles);
    const run = await runCli(input);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.report?.summary.bands.low).toBe(1);
    const before = readZip(readFileSync(input));
    const after = readZip(readFileSync(run.out));
    const stylesXml = new TextDecoder().decode(after.bytes('xl/styles.xml'));
    expect(stylesXml).toContain('<cellXfs');
    expect(new TextDecoder().decode(after.bytes('xl/_rels/workbook.xml.rels'))).toMatch(/relationships\/styles" Target="styles.xml"/);
    expect(new TextDecoder().decode(after.bytes('[Content_Types].xml'))).toContain('PartName="/xl/styles.xml"');
    expect(new TextDecoder().decode(after.bytes('[Content_Types].xml')).match(/PartName="\/xl\/styles.xml"/g)).toHaveLength(1);
    for (const part of ['xl/worksheets/sheet1.xml', '_rels/.rels']) expect(Buffer.from(after.bytes(part)).equals(Buffer.from(before.bytes(part)))).toBe(true);
  });
});
