/** The production build's initial task-pane JavaScript (every script taskpane.html loads, but Office.js) stays ≤ 200 KB gzipped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildAddin } from './build';

const OUT = join(__dirname, '..', '..', 'test-output', 'prod-dist');
const LIMIT_BYTES = 200 * 1024;

jest.setTimeout(600_000);

it('keeps the initial task-pane JavaScript at or under 200 KB gzipped', async () => {
  await buildAddin(OUT, 'production');
  const html = readFileSync(join(OUT, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !src.startsWith('office/'));
  expect(scripts.length).toBeGreaterThanOrEqual(2);
  const sizes = scripts.map((src) => ({ src, gzip: gzipSync(readFileSync(join(OUT, src)), { level: 9 }).length }));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`initial task-pane JS: ${(total / 1024).toFixed(1)} KB gzipped (${sizes.map((s) => `${s.src} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ')})`);
  expect(total).toBeLessThanOrEqual(LIMIT_BYTES);
});
