/**
 * "Tổng hợp nhiều đơn vị" in the built chitieu.html, in Chromium from file:// with the network off: the unit fixtures,
 * their unit list and the shared catalogue picked on the page give the completeness line, and the downloaded workbook
 * and report are the bytes `chitieu consolidate` writes. Every wait is on the page's state, never on a timer.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openWorkbook } from '../../src/xlsx';
import { UNITS, runConsolidate } from '../cli/run-consolidate';
import { buildWebApp } from './build';
import type { OfflinePage } from './web-browser';
import { openOffline, staysLocal } from './web-browser';

const OUT = join(__dirname, '..', '..', 'test-output');
const EPOCH = '1700000000';

jest.setTimeout(600_000);

let browser: OfflinePage;
let page: Page;

/** Downloads what a download button offers. */
async function download(testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const html = await buildWebApp(join(OUT, 'web-consolidate-dist'));
  console.log(`chitieu.html: ${(gzipSync(readFileSync(html), { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);
  browser = await openOffline(html, `source-date-epoch=${EPOCH}&lang=vi`);
  page = browser.page;
  await page.getByTestId('units-input').waitFor({ state: 'attached', timeout: 120_000 });
});

afterAll(async () => {
  await browser?.close();
});

it('consolidates the unit fixtures on the page as chitieu consolidate does', async () => {
  await page.getByLabel('Nhập danh mục từ tệp…').setInputFiles(join(UNITS, 'danh-muc.csv'));
  await page.getByText('Danh mục dùng chung: danh-muc.csv').waitFor({ timeout: 120_000 });
  const units = readdirSync(UNITS).filter((f) => f.endsWith('.xlsx')).map((f) => join(UNITS, f));
  await page.getByTestId('units-input').setInputFiles(units);
  await page.getByTestId('unit-list-input').setInputFiles(join(UNITS, 'don-vi.csv'));
  await page.getByText('Đã chọn 6 tệp.').waitFor();
  await page.getByRole('button', { name: 'Tổng hợp nhiều đơn vị' }).click();
  await page.getByTestId('consolidated-download-workbook').waitFor({ timeout: 300_000 });

  await expect(page.getByTestId('completeness').locator('li').first().textContent()).resolves.toBe('6/7 đơn vị đã nộp; 1 đơn vị chưa nộp: Xã Bắc La.');
  await expect(page.locator('[data-testid="unit-issues"] tr[data-unit="UBND THỊ TRẤN NA SẦM"] td').nth(1).textContent()).resolves.toBe('2');
  await page.screenshot({ path: join(OUT, 'web-app-consolidate.png'), fullPage: true });

  process.env.SOURCE_DATE_EPOCH = EPOCH;
  const cli = await runConsolidate([UNITS, '--catalogue', join(UNITS, 'danh-muc.csv'), '--units', join(UNITS, 'don-vi.csv')]).finally(() => delete process.env.SOURCE_DATE_EPOCH);
  const workbook = await download('consolidated-download-workbook');
  expect(workbook.name).toBe('TONG-HOP.xlsx');
  expect(Buffer.compare(workbook.bytes, readFileSync(cli.out))).toBe(0);
  expect(openWorkbook(workbook.bytes).listSheets().map((s) => s.name)).toEqual(['Tổng hợp đơn vị', 'Theo đơn vị', 'Tình hình nộp báo cáo']);
  const report = await download('consolidated-download-report');
  expect(report.name).toBe('TONG-HOP.report.json');
  expect(report.bytes.toString('utf8')).toBe(readFileSync(cli.json, 'utf8'));

  expect(browser.errors).toEqual([]);
  expect(browser.requests.filter((url) => !staysLocal(url))).toEqual([]);
});
