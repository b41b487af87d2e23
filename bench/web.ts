/**
 * `npm run bench:web`: checks bench's big workbook (bench/make-big.ts) with the CLI and with the offline web app in
 * Chromium, side by side on the same machine in the same run, and records the ratio in bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeMachine } from './machine';
import { writeBigWorkbook } from './make-big';
import { measureNode } from './measure';
import { WEB_SECTION, withSection } from './results-section';
import { openOffline } from '../test/e2e/web-browser';
import type { OfflinePage } from '../test/e2e/web-browser';

const REPO = join(__dirname, '..', '..');
const RUNS = 3;

/** Page script: times from the workbook input's change to the download link's appearance, and the longest main-thread stall. */
const TIMER = `(() => {
  const input = document.querySelector('[data-testid="workbook-input"]');
  window.__bench = { start: 0, end: 0, stall: 0 };
  let last = 0;
  const tick = () => { const now = performance.now(); if (last && window.__bench.start && !window.__bench.end) window.__bench.stall = Math.max(window.__bench.stall, now - last); last = now; };
  setInterval(tick, 20);
  input.addEventListener('change', () => { window.__bench.start = performance.now(); last = 0; }, { capture: true });
  new MutationObserver(() => {
    if (!window.__bench.end && document.querySelector('[data-testid="download-workbook"], [data-testid="error"]')) window.__bench.end = performance.now();
  }).observe(document.body, { childList: true, subtree: true });
})()`;

interface WebRun {
  readonly ms: number;
  readonly stallMs: number;
}

/** One check of `file` in the page (reloaded first), timed inside the page. */
async function webRun(browser: OfflinePage, file: string): Promise<WebRun> {
  const { page } = browser;
  await page.reload();
  await page.getByTestId('workbook-input').waitFor({ state: 'attached' });
  await page.evaluate(TIMER);
  await page.getByTestId('workbook-input').setInputFiles(file);
  // A function, not a string: the page's Content-Security-Policy forbids evaluating strings.
  await page.waitForFunction(() => (globalThis as unknown as { __bench: { end: number } }).__bench.end > 0, undefined, { timeout: 600_000, polling: 200 });
  if (await page.getByTestId('error').count()) throw new Error(`the page failed: ${await page.getByTestId('error').textContent()}`);
  const t = (await page.evaluate('window.__bench')) as { start: number; end: number; stall: number };
  return { ms: t.end - t.start, stallMs: t.stall };
}

const n = (x: number, digits = 0): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace(/,/g, ' ');

async function main(): Promise<void> {
  const rows = Number(process.argv[process.argv.indexOf('--rows') + 1]) || 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-bench-web-'));
  try {
    process.stderr.write('building chitieu.html…\n');
    const build = spawnSync('npx', ['webpack', '--mode', 'production', '--env', 'only=web', '--env', `outputPath=${dir}`], { cwd: REPO, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
    const html = join(dir, 'chitieu.html');
    const big = join(dir, 'big.xlsx');
    process.stderr.write(`writing a ${rows}-row workbook…\n`);
    await writeBigWorkbook(big, rows);
    const browser = await openOffline(html, 'lang=vi&source-date-epoch=1700000000');
    const cli: number[] = [];
    const web: WebRun[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        process.stderr.write(`run ${i + 1}/${RUNS}: CLI, then the page…\n`);
        cli.push(measureNode('chitieu check', [join(REPO, 'lib', 'src', 'cli', 'main.js'), 'check', big, '--out', join(dir, 'out.xlsx'), '--json', join(dir, 'r.json')], [0, 1]).wallMs);
        web.push(await webRun(browser, big));
      }
      const [download] = await Promise.all([browser.page.waitForEvent('download'), browser.page.getByTestId('download-report').click()]);
      const same = readFileSync((await download.path())!).equals(readFileSync(join(dir, 'r.json')));
      if (!same) throw new Error('the page and the CLI wrote different reports');
    } finally {
      await browser.close();
    }
    const bestCli = Math.min(...cli);
    const bestWeb = Math.min(...web.map((w) => w.ms));
    const m = describeMachine();
    const body = [
      '## Offline web app (chitieu.html) against the CLI',
      '',
      `Written by \`npm run bench:web\` (bench/web.ts) on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}; ${m.cpu}, ${m.cores} cores, Node ${process.version}, Chromium (Debian) headless, network off, page opened from file://.`,
      `Workbook: bench/make-big.ts, ${n(rows)} indicators, ${n(statSync(big).size / 1024 / 1024, 1)} MB. The CLI and the page alternate, ${RUNS} runs each, in the same run.`,
      'The page is timed inside the page, from the file input\'s change event to the download link (reading the file, opening, checking and writing the workbook in the worker, handing both files back); the CLI is the whole process (`chitieu check big.xlsx --out … --json …`, wall time, including Node\'s start).',
      '',
      '| run | CLI wall s | page s | longest main-thread stall during the page\'s run (ms) |',
      '|---|---:|---:|---:|',
      ...cli.map((c, i) => `| ${i + 1} | ${n(c / 1000, 2)} | ${n(web[i].ms / 1000, 2)} | ${n(web[i].stallMs)} |`),
      '',
      `Best of each: page ${n(bestWeb / 1000, 2)} s ÷ CLI ${n(bestCli / 1000, 2)} s = **${n(bestWeb / bestCli, 2)}×** (target ≤ 2×: **${bestWeb <= 2 * bestCli ? 'met' : 'missed'}**). The page's JSON report is byte-identical to the CLI's.`,
    ].join('\n');
    const path = join(REPO, 'bench', 'RESULTS.md');
    writeFileSync(path, withSection(readFileSync(path, 'utf8'), WEB_SECTION, `${WEB_SECTION.start}\n${body.trim()}\n${WEB_SECTION.end}`));
    process.stdout.write(body + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:web failed: ${String((error as Error)?.stack ?? error)}\n`);
  process.exitCode = 1;
});
