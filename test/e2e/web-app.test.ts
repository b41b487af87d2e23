/**
 * The offline web app (dist/chitieu.html, built once here) in Chromium from file:// with the network off: a workbook
 * fed to `workbook-input` gives the same report and workbook as `chitieu check`, bad files show the CLI's message
 * with nothing to download, a second file during a check is refused, and no request leaves the page.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { writeBigWorkbook } from '../../bench/make-big';
import { openWorkbook, readZip } from '../../src/xlsx';
import type { Report } from '../../src/core/model/api';
import { addChartAndPivot } from '../support/add-chart-and-pivot';
import { runCli } from '../cli/run-cli';
import { buildWebApp } from './build';
import type { OfflinePage } from './web-browser';
import { openOffline, staysLocal } from './web-browser';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test-output');
const EPOCH = '1700000000';
const LIMIT_GZIP_BYTES = 250 * 1024;

jest.setTimeout(600_000);

let html: string;
let browser: OfflinePage;
let page: Page;
let tmp: string;

/** Downloads what a download button offers. */
async function download(testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Feeds a file to the page's workbook input and waits until the page is done with it. */
async function feed(path: string): Promise<void> {
  await page.getByTestId('workbook-input').setInputFiles(path);
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('data-busy') === '' && (document.querySelector('[data-testid="download-workbook"]') || document.querySelector('[data-testid="error"]')), undefined, { timeout: 120_000 });
}

/** The CLI's run on the same file with the same generation time. */
async function cli(file: string, args: readonly string[] = []) {
  process.env.SOURCE_DATE_EPOCH = EPOCH;
  try {
    return await runCli(file, ['--lang', 'vi', ...args]);
  } finally {
    delete process.env.SOURCE_DATE_EPOCH;
  }
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  html = await buildWebApp(join(OUT, 'web-dist'));
  tmp = mkdtempSync(join(tmpdir(), 'chitieu-webtest-'));
  browser = await openOffline(html, `source-date-epoch=${EPOCH}&lang=vi`);
  page = browser.page;
  await page.getByTestId('workbook-input').waitFor({ state: 'attached', timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('chitieu.html from file:// with the network off', () => {
  it('is one file of at most 250 KB gzipped: no script, style or license file is loaded from elsewhere', () => {
    const text = readFileSync(html, 'utf8');
    expect(readdirSync(dirname(html))).toEqual(['chitieu.html']);
    expect(/<script[^>]+src=/i.test(text)).toBe(false);
    expect(/<link[^>]+href=/i.test(text)).toBe(false);
    expect(/LICENSE\.txt/.test(text)).toBe(false);
    expect(/<script type="?text\/plain"? id="?chitieu-worker-source/.test(text)).toBe(true);
    const gzip = gzipSync(text, { level: 9 }).length;
    console.log(`chitieu.html: ${(text.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzipped`);
    expect(gzip).toBeLessThanOrEqual(LIMIT_GZIP_BYTES);
  });

  it.each(['rules-values.xlsx', 'formulas-and-styles.xlsx'])('%s: same report and workbook as chitieu check, every input part kept', async (fixture) => {
    const input = readFileSync(join(ROOT, 'test', 'fixtures', fixture));
    const withChart = addChartAndPivot(input, openWorkbook(input).listSheets()[0].name);
    const file = join(tmp, fixture);
    writeFileSync(file, withChart);
    const expected = await cli(file);
    expect(expected.code).toBeLessThan(2);

    await feed(file);
    const report = await download('download-report');
    expect(report.name).toBe(fixture.replace('.xlsx', '.report.json'));
    expect(report.bytes.toString('utf8')).toBe(readFileSync(expected.out.replace('out.xlsx', 'report.json'), 'utf8'));
    const shown = JSON.parse(report.bytes.toString('utf8')) as Report;
    const bands = page.getByTestId('band-counts');
    for (const [band, count] of Object.entries(shown.summary.bands)) {
      await expect(bands.locator(`tr[data-band="${band}"] td`).textContent()).resolves.toBe(String(count));
    }
    for (const severity of ['error', 'warning', 'info'] as const) {
      const count = shown.issues.filter((i) => i.severity === severity).length;
      await expect(page.locator(`section[data-severity="${severity}"] li`).count()).resolves.toBe(Math.min(count, 50));
    }
    await expect(page.getByText(expected.stdout.split('\n')[0]).count()).resolves.toBe(1);
    await page.screenshot({ path: join(OUT, `web-app-${fixture.replace('.xlsx', '')}.png`) });

    const workbook = await download('download-workbook');
    expect(workbook.name).toBe(fixture.replace('.xlsx', '.checked.xlsx'));
    expect(Buffer.compare(workbook.bytes, readFileSync(expected.out))).toBe(0);
    const fromPage = readZip(workbook.bytes);
    const fromCli = readZip(readFileSync(expected.out));
    const before = readZip(withChart);
    expect(fromPage.names()).toEqual(fromCli.names());
    expect(fromPage.names()).toEqual(expect.arrayContaining(before.names()));
    for (const name of fromCli.names()) expect([name, Buffer.compare(fromPage.bytes(name), fromCli.bytes(name))]).toEqual([name, 0]);
    const rewritten = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
    for (const name of before.names()) {
      if (rewritten.includes(name) || /^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
      expect([name, Buffer.compare(fromPage.raw(name)!.data, before.raw(name)!.data)]).toEqual([name, 0]);
    }
  });

  it.each([
    ['junk-bytes.xlsx', 'a file that is not a workbook'],
    ['legacy.xls', 'an Excel 97-2003 .xls'],
    ['password-protected.xlsx', 'a password-protected workbook'],
    ['truncated.xlsx', 'a damaged workbook'],
  ])('%s (%s): the CLI\'s message, nothing to download', async (fixture) => {
    const file = join(ROOT, 'test', 'fixtures', 'bad', fixture);
    const expected = await cli(file);
    expect(expected.code).toBe(2);
    const vi = /^Lỗi: (.*) \| Error: /.exec(expected.stderr.trim())![1];
    await feed(file);
    await expect(page.getByTestId('error').textContent()).resolves.toContain(vi);
    await expect(page.getByTestId('download-workbook').count()).resolves.toBe(0);
    await expect(page.getByTestId('download-report').count()).resolves.toBe(0);
  });

  it('with a catalogue file picked first: the report of chitieu check --catalogue FILE', async () => {
    const csv = join(ROOT, 'test', 'fixtures', 'bad', 'catalogue.csv');
    const file = join(ROOT, 'test', 'fixtures', 'bad', 'no-catalogue.xlsx');
    await page.getByLabel('Nhập danh mục từ tệp…').setInputFiles(csv);
    await expect(page.getByTestId('notice').textContent()).resolves.toMatch(/^Đã nhập “catalogue\.csv” \(\d+ dòng\)\.$/);
    const expected = await cli(file, ['--catalogue', csv]);
    expect(expected.code).toBeLessThan(2);
    await feed(file);
    const report = await download('download-report');
    expect(report.bytes.toString('utf8')).toBe(readFileSync(expected.out.replace('out.xlsx', 'report.json'), 'utf8'));
    expect(Buffer.compare((await download('download-workbook')).bytes, readFileSync(expected.out))).toBe(0);
    await page.getByRole('button', { name: 'Bỏ tệp đã nhập' }).click();
  });

  it('refuses a second file dropped while a check runs, and finishes the first', async () => {
    const big = join(tmp, 'lon.xlsx');
    await writeBigWorkbook(big, 20_000);
    await page.getByTestId('workbook-input').setInputFiles(big);
    await page.waitForFunction(() => document.querySelector('main')?.getAttribute('data-busy') !== '');
    const second = readFileSync(join(ROOT, 'test', 'fixtures', 'bad', 'ok.xlsx'));
    await page.evaluate((bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'ok.xlsx'));
      document.querySelector('[data-testid="drop-zone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, [...second]);
    await expect(page.getByTestId('notice').textContent()).resolves.toBe('Đang kiểm tra “lon.xlsx”, chưa nhận “ok.xlsx”. Chờ xong rồi chọn lại tệp.');
    await page.getByTestId('download-workbook').waitFor({ timeout: 120_000 });
    expect((await download('download-report')).name).toBe('lon.report.json');
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('“ok.xlsx”');
  });

  it('asked for nothing but the page itself and its worker', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(browser.requests.filter((url) => !staysLocal(url))).toEqual([]);
  });
});
