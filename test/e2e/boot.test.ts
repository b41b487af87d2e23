/**
 * The built page in Chromium with office.js replaced by a controllable stand-in: the ribbon functions are registered
 * before any React chunk is requested, and hosts that cannot run the pane get a plain page saying what to use instead.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { planningWorkbook } from '../excel/fixture';
import { buildAddin, buildFakeHost } from './build';
import type { FakeOfficeOptions } from './fake-office';
import { fakeOfficeScript } from './fake-office';
import { serveStatic } from './static-server';
import type { StaticServer } from './static-server';

const OUT = join(__dirname, '..', '..', 'test-output');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

jest.setTimeout(240_000);

let server: StaticServer;
let context: BrowserContext;
let home: string;
let fakeHost = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package.`);
  const dist = join(OUT, 'e2e-boot-dist');
  mkdirSync(OUT, { recursive: true });
  await buildAddin(dist);
  fakeHost = readFileSync(await buildFakeHost(join(OUT, 'e2e-boot-host')), 'utf8');
  server = await serveStatic(dist);
  home = mkdtempSync(join(tmpdir(), 'chitieu-boot-'));
  context = await chromium.launchPersistentContext(join(home, 'profile'), { executablePath: CHROMIUM, env: { ...process.env, HOME: home }, headless: true, args: ARGS, locale: 'vi-VN' });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

/** Opens the page with the stand-in office.js; `before` runs in the page before any of its scripts. */
async function open(office: FakeOfficeOptions, before = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/office/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: fakeOfficeScript(office) }));
  await page.addInitScript({ content: `${fakeHost}\n;window.installFakeExcel(${JSON.stringify(planningWorkbook())});${before}` });
  await page.goto(`${server.origin}/taskpane.html`);
  return { page, errors };
}

describe('the page in Chromium', () => {
  it('associates both ribbon functions before any React chunk is requested, then loads the pane lazily', async () => {
    const { page, errors } = await open({ excelApi: '1.9', sharedRuntime: true });
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).waitFor({ timeout: 60_000 });
    const boot = await page.evaluate(() => (window as unknown as { __chitieuBoot: { associated: string[]; resourcesAtAssociate: string[] } }).__chitieuBoot);
    expect(boot.associated).toEqual(['chitieuCheck', 'chitieuSummary']);
    const scriptsAtAssociate = boot.resourcesAtAssociate.map((url) => new URL(url).pathname).filter((path) => path.endsWith('.js'));
    expect(scriptsAtAssociate).toEqual(['/office/office.js', '/boot.js']);
    const later = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(later).toContain('/pane.js');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a web view without ES2022 (Internet Explorer, old Edge) gets the plain page naming the Excel needed and chitieu.html', async () => {
    const { page, errors } = await open({ excelApi: '1.9', sharedRuntime: true }, 'delete Object.hasOwn;');
    const message = page.locator('#unsupported');
    await message.waitFor({ state: 'visible', timeout: 30_000 });
    const text = await message.textContent();
    expect(text).toContain('Excel 2021');
    expect(text).toContain('chitieu.html');
    expect(text).toContain('Excel cho Microsoft 365');
    expect(text).toContain('Excel for Microsoft 365');
    await expect(page.locator('#root').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an Excel without ExcelApi 1.7 gets the same page, and the pane is never loaded', async () => {
    const { page, errors } = await open({ excelApi: '1.3', sharedRuntime: false });
    await page.locator('#unsupported').waitFor({ state: 'visible', timeout: 30_000 });
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(scripts).not.toContain('/pane.js');
    expect(errors).toEqual([]);
    await page.close();
  });
});
