/**
 * The production build: the page's initial JavaScript (the boot script that registers the ribbon functions; Office.js
 * aside) stays ≤ 20 KB gzipped and everything else loads lazily; all JavaScript together stays ≤ 200 KB gzipped;
 * the page loads Microsoft's hosted Office.js, ships no local copy, and allows its inline check by hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildAddin } from './build';

const OUT = join(__dirname, '..', '..', 'test-output', 'prod-dist');
const INITIAL_LIMIT_BYTES = 20 * 1024;
const TOTAL_LIMIT_BYTES = 200 * 1024;
const HOSTED_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

jest.setTimeout(600_000);

let html = '';
const gzip = (file: string): number => gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

beforeAll(async () => {
  await buildAddin(OUT, 'production');
  html = readFileSync(join(OUT, 'taskpane.html'), 'utf8');
});

it('keeps the script that registers the ribbon functions at or under 20 KB gzipped, the rest lazy', () => {
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !src.startsWith('https://'));
  expect(scripts).toHaveLength(1);
  const initial = gzip(scripts[0]);
  const all = readdirSync(OUT).filter((f) => f.endsWith('.js'));
  const total = all.reduce((sum, f) => sum + gzip(f), 0);
  console.log(`initial JS ${kb(initial)} gzipped (${scripts[0]}); all JS ${kb(total)} (${all.map((f) => `${f} ${kb(gzip(f))}`).join(', ')})`);
  expect(initial).toBeLessThanOrEqual(INITIAL_LIMIT_BYTES);
  expect(all.length).toBeGreaterThan(1);
  expect(total).toBeLessThanOrEqual(TOTAL_LIMIT_BYTES);
});

it('loads the hosted Office.js in production and ships no local copy of it', () => {
  expect(html).toMatch(new RegExp(`<script src="?${HOSTED_OFFICE_JS.replace(/[./]/g, '\\$&')}"?>`));
  expect(existsSync(join(OUT, 'office'))).toBe(false);
  const csp = /Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com ");
});

it('allows exactly its inline support check by hash, so the check runs under the page policy', () => {
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline).toHaveLength(1);
  expect(inline[0]).toContain('chitieu-unsupported');
  const hash = createHash('sha256').update(inline[0], 'utf8').digest('base64');
  expect(html).toContain(`'sha256-${hash}'`);
});
