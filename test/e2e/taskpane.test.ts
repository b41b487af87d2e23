/**
 * The built task pane in Debian's Chromium (playwright-core, headless) over an injected Excel host backed by an
 * in-memory workbook: clicks Kiểm tra and Tạo bảng tổng hợp, checks what the pane shows and what the workbook got,
 * saves screenshots at 320 px and 450 px, and proves the pane asked for nothing but its own files.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { isRunFailure, runCheck } from '../../src/core';
import { DEFAULT_THRESHOLDS } from '../../src/core/model/model';
import type { Report } from '../../src/core/model/api';
import { newWorkbook } from '../excel/fake';
import { DATA_SHEET, planningWorkbook } from '../excel/fixture';
import { portOver } from '../excel/support';
import { buildAddin, buildFakeHost } from './build';
import { serveStatic } from './static-server';
import type { StaticServer } from './static-server';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test-output');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface SheetSnapshot {
  name: string;
  cells: Array<Array<{ value: unknown; numberFormat: string; formula?: string } | null> | null>;
  conditionalFormats: Array<{ formula: string; areas: string }>;
  charts: Array<{ series: unknown[] }>;
  names: Array<[string, { formula: string; visible: boolean }]>;
}

interface BookSnapshot {
  active: string;
  selection: { sheet: string; address: string } | null;
  sheets: SheetSnapshot[];
}

jest.setTimeout(240_000);

let server: StaticServer;
let context: BrowserContext;
let page: Page;
let home: string;
const requests: string[] = [];
const foreignAttempts: string[] = [];
const cspReports: string[] = [];
let loadedAt = 0;
let expected: Report;

async function book(): Promise<BookSnapshot> {
  return JSON.parse(await page.evaluate(() => (window as unknown as { __chitieuSnapshot: () => string }).__chitieuSnapshot())) as BookSnapshot;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install -y --no-install-recommends chromium), as .ci/run does.`);
  const dist = join(OUT, 'e2e-dist');
  mkdirSync(OUT, { recursive: true });
  await buildAddin(dist);
  const fakeHost = readFileSync(await buildFakeHost(join(OUT, 'e2e-host')), 'utf8');
  const direct = await runCheck(portOver(newWorkbook(planningWorkbook())), { lang: 'vi', thresholds: DEFAULT_THRESHOLDS, numberStyle: 'vi', generatedAt: 'x' }, { validation: false, summary: false, flags: false });
  if (isRunFailure(direct)) throw new Error(direct.message);
  expected = direct.report;

  server = await serveStatic(dist);
  home = mkdtempSync(join(tmpdir(), 'chitieu-e2e-'));
  context = await chromium.launchPersistentContext(join(home, 'profile'), {
    executablePath: CHROMIUM,
    env: { ...process.env, HOME: home },
    headless: true,
    args: ARGS,
    locale: 'vi-VN',
    viewport: { width: 320, height: 900 },
  });
  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`)) return route.continue();
    foreignAttempts.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript({ content: `${fakeHost}\n;window.installFakeExcel(${JSON.stringify(planningWorkbook())});` });
  page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspReports.push(message.text());
  });
  loadedAt = Date.now();
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).waitFor({ timeout: 60_000 });
  await page.locator('select option', { hasText: DATA_SHEET }).first().waitFor({ state: 'attached', timeout: 60_000 });
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('the task pane in Chromium over an injected Excel host', () => {
  it('offers the workbook layout as defaults: data sheet and actual column', async () => {
    const dataOptions = await page.getByLabel('Trang số liệu').locator('option').allTextContents();
    expect(dataOptions).toEqual(['Tất cả trang có số liệu', DATA_SHEET]);
    const columns = await page.getByLabel('Cột số liệu thực hiện').locator('option').allTextContents();
    expect(columns).toContain('Thực hiện 2024');
  });

  it('Kiểm tra: shows counts by severity and band, the grouped issue list, and writes the Kiểm tra sheet and flags', async () => {
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const bands = page.getByTestId('band-counts');
    await bands.waitFor({ timeout: 60_000 });
    for (const [band, count] of Object.entries(expected.summary.bands)) {
      await expect(bands.locator(`tr[data-band="${band}"] td`).textContent()).resolves.toBe(String(count));
    }
    await expect(bands.locator('tr[data-band="total"] td').textContent()).resolves.toBe('8');
    const errors = page.locator('section[data-severity="error"] li');
    await expect(errors.count()).resolves.toBe(expected.issues.filter((i) => i.severity === 'error').length);
    await expect(errors.first().textContent()).resolves.toContain('KT99');
    const warnings = expected.issues.filter((i) => i.severity === 'warning').length;
    await expect(page.locator('section[data-severity="warning"] h3').textContent()).resolves.toBe(`Cảnh báo (${warnings})`);

    const after = await book();
    const validation = after.sheets.find((s) => s.name === 'Kiểm tra')!;
    expect(validation.names[0]).toEqual(['_ChiTieu_Owned', expect.objectContaining({ formula: '="validation"', visible: false })]);
    expect(JSON.stringify(validation.cells)).toContain('KT99');
    expect(after.active).toBe('Kiểm tra');
    const data = after.sheets.find((s) => s.name === DATA_SHEET)!;
    expect(data.conditionalFormats.map((f) => [f.formula, f.areas])).toEqual([
      ['="ChiTieu.flag.critical"<>""', 'E10'],
      ['="ChiTieu.flag.warning"<>""', 'E6'],
      ['="ChiTieu.flag.unassessed"<>""', 'E13'],
    ]);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.screenshot({ path: join(OUT, 'taskpane-320.png'), fullPage: true });
  });

  it('a click on an issue selects its cell in the workbook', async () => {
    await page.locator('section[data-severity="error"] li button').first().click();
    await page.waitForFunction(() => (window as unknown as { __chitieuBook: { selection: unknown } }).__chitieuBook.selection !== null);
    expect((await book()).selection).toEqual({ sheet: DATA_SHEET, address: 'B7' });
  });

  it('Tạo bảng tổng hợp: writes the Tổng hợp sheet with its chart, leaving the user cells as text', async () => {
    await page.getByRole('button', { name: 'Tạo bảng tổng hợp' }).click();
    await page.getByText('Đã ghi trang “Tổng hợp”.').waitFor({ timeout: 60_000 });
    const after = await book();
    const summary = after.sheets.find((s) => s.name === 'Tổng hợp')!;
    expect(JSON.stringify(summary.cells)).toContain('TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU');
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0].series).toHaveLength(6);
    expect(after.sheets.map((s) => s.name)).toEqual(['Danh mục chỉ tiêu', DATA_SHEET, 'Kiểm tra', 'Tổng hợp']);
    const userNote = after.sheets.find((s) => s.name === DATA_SHEET)!.cells[13]?.[5];
    expect(userNote).toEqual({ value: '=Ghi chú của người dùng', numberFormat: 'General' });
    await page.setViewportSize({ width: 450, height: 900 });
    await page.screenshot({ path: join(OUT, 'taskpane-450.png'), fullPage: true });
  });

  it('Xóa đánh dấu removes every flag', async () => {
    await page.getByRole('button', { name: 'Xóa đánh dấu' }).click();
    await page.getByText('Đã xóa đánh dấu', { exact: false }).waitFor({ timeout: 30_000 });
    expect((await book()).sheets.find((s) => s.name === DATA_SHEET)!.conditionalFormats).toEqual([]);
  });

  it('made no network request besides its own files', async () => {
    // Office.js starts its telemetry frame 3 s after loading; give it the time to try.
    await page.waitForTimeout(Math.max(0, loadedAt + 5_000 - Date.now()));
    expect(requests.length).toBeGreaterThan(3);
    const foreign = requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(foreignAttempts).toEqual([]);
    expect(server.served).toEqual(expect.arrayContaining(['/taskpane.html', '/office/office.js']));
    // What the page's Content-Security-Policy refused (Office.js's telemetry frame) never reached the network.
    for (const report of cspReports) expect(report).toMatch(/telemetryservice|Refused/);
  });
});
