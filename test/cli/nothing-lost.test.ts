import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeOwnedRules } from '../../src/xlsx/patch-flags';
import { openWorkbook } from '../../src/xlsx/read-workbook';
import { readZip } from '../../src/xlsx/zip';
import { addChartAndPivot, CHART_AND_PIVOT_PARTS } from '../support/add-chart-and-pivot';
import { runCli } from './run-cli';
import { sameBytes } from '../support/same-bytes';

const FIXTURES = join(__dirname, '..', 'fixtures');
const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', 'chi-tieu-mau.xlsx');
const EXPECTATIONS = JSON.parse(readFileSync(join(FIXTURES, 'expectations.json'), 'utf8')) as { fixtures: Array<{ file: string; args: string[] }> };

/** Parts ChiTieu may rewrite: the package index, the workbook and its rels, the styles (append only). */
const PATCHED = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']);

/** A worksheet's XML with ChiTieu's flag rules taken out again. */
function withoutFlags(xml: Uint8Array): Buffer {
  const text = Buffer.from(xml).toString('utf8');
  const at = text.lastIndexOf('</sheetData>') + '</sheetData>'.length;
  return Buffer.from(text.slice(0, at) + removeOwnedRules(text.slice(at)), 'utf8');
}

/** Asserts that every part of the input package is in the output unchanged, except ChiTieu's own additions. */
function expectNothingLost(input: Buffer, output: Buffer): void {
  const before = readZip(input);
  const after = readZip(output);
  for (const name of before.names()) {
    expect([name, after.has(name)]).toEqual([name, true]);
    if (PATCHED.has(name)) continue;
    const original = before.bytes(name);
    const written = after.bytes(name);
    const comparable = name.startsWith('xl/worksheets/') && !sameBytes(written, original) ? withoutFlags(written) : written;
    expect([name, sameBytes(comparable, original)]).toEqual([name, true]);
  }
  const inBook = openWorkbook(input);
  const outBook = openWorkbook(output);
  for (const sheet of inBook.listSheets().filter((s) => !s.owned)) {
    expect(outBook.readSheet(sheet.name)).toEqual(inBook.readSheet(sheet.name));
  }
  const stylesBefore = before.has('xl/styles.xml') ? before.text('xl/styles.xml') : '';
  const stylesAfter = after.has('xl/styles.xml') ? after.text('xl/styles.xml') : '';
  for (const list of ['cellXfs', 'fonts', 'fills', 'borders']) {
    const original = new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(stylesBefore)?.[1] ?? '';
    const kept = new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(stylesAfter)?.[1] ?? '';
    expect(kept.startsWith(original)).toBe(true);
  }
}

const workbooks: Array<[string, string, string[]]> = [
  ['chi-tieu-mau.xlsx', SAMPLE, []],
  ...EXPECTATIONS.fixtures.map((f): [string, string, string[]] => [f.file, join(FIXTURES, f.file), f.args]),
];

describe('nothing lost: the checked workbook keeps every user part', () => {
  it('covers every fixture workbook', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));
    expect(workbooks.map((w) => w[0]).sort()).toEqual(expect.arrayContaining(files.sort()));
  });

  it.each(workbooks)('%s', async (_name, path, args) => {
    const run = await runCli(path, args);
    expect(run.code).toBeLessThan(2);
    expectNothingLost(readFileSync(path), readFileSync(run.out));
  });

  it('keeps a chart and a pivot table byte for byte, and a second run changes nothing more', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-chart-'));
    const input = join(dir, 'with-chart.xlsx');
    const original = addChartAndPivot(readFileSync(SAMPLE), 'Báo cáo 6 tháng');
    writeFileSync(input, original);
    const first = await runCli(input);
    const once = readFileSync(first.out);
    expectNothingLost(original, once);
    const zip = readZip(once);
    for (const part of CHART_AND_PIVOT_PARTS) expect([part, sameBytes(zip.bytes(part), readZip(original).bytes(part))]).toEqual([part, true]);
    const second = await runCli(first.out);
    const twice = readFileSync(second.out);
    expect(readZip(twice).names()).toEqual(readZip(once).names());
    for (const name of readZip(once).names()) expect([name, sameBytes(readZip(twice).bytes(name), readZip(once).bytes(name))]).toEqual([name, true]);
  });
});
