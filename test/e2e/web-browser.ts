/** Opens Debian's Chromium (playwright-core, headless, offline) on a file:// page and records every request it makes. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A browser on one page, with every request URL it saw and every page error. */
export interface OfflinePage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly requests: string[];
  readonly errors: string[];
  close(): Promise<void>;
}

/** True for a URL that stays on this machine (the page itself, its worker's Blob URL, inline data). */
export function staysLocal(url: string): boolean {
  return url.startsWith('file://') || url.startsWith('blob:') || url.startsWith('data:');
}

/** Launches Chromium with the network off and opens `file` (with a query string) from disk. */
export async function openOffline(file: string, query: string, viewport = { width: 1000, height: 1200 }): Promise<OfflinePage> {
  const home = mkdtempSync(join(tmpdir(), 'chitieu-web-'));
  const context = await chromium.launchPersistentContext(join(home, 'profile'), {
    executablePath: CHROMIUM,
    env: { ...process.env, HOME: home },
    headless: true,
    args: ARGS,
    locale: 'vi-VN',
    viewport,
    acceptDownloads: true,
    offline: true,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', (route) => (staysLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('worker', (worker) => worker.on('console', () => undefined));
  await page.goto(`${pathToFileURL(file).href}?${query}`);
  return {
    page,
    context,
    requests,
    errors,
    close: async () => {
      await context.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
