/**
 * `npm run bench:consolidate`: a province's worth of unit reports (default 700 files × 134 indicators, generated in
 * a temp folder), consolidated by `chitieu consolidate` against exceljs only reading the same files; writes its
 * section of bench/RESULTS.md and prints it. Options: `--units N`, `--no-write` (print only).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeMachine } from './machine';
import type { ChildMeasure } from './measure';
import { measureNode } from './measure';
import { BENCH_INDICATORS, writeBenchUnits } from './make-units';
import { CONSOLIDATE_SECTION, withSection } from './results-section';

const REPO = join(__dirname, '..', '..');
const CLI = join(__dirname, '..', 'src', 'cli', 'main.js');
const TARGET_RATIO = 0.2;
const TARGET_RSS_MB = 1024;

/** What the profile of a 700-unit run showed (kept with the numbers; update it when the picture changes). */
const FINDINGS = [
  'Findings (2026-12-02/03; CPU profiles, V8 traces and alternating runs of a 700-unit consolidation on this 2-core machine):',
  '- Where the ≈ 2,0 s go: Node ≈ 0,09 s (`node -e 0`) and the modules another 0,09 s; the 700 units ≈ 1,3 s; the',
  '  outputs 0,31–0,43 s; garbage collection is ≈ 18 % of a profiled run (39 scavenges, 0,26 s). In one process',
  '  (one thread), the units\' first pass splits into opening the packages 0,15–0,19 s, inflating and scanning the',
  '  sheets 0,45 s, the checks 0,61 s and adding up 0,06 s; a second pass over the same files takes 0,69 s',
  '  (0,09 / 0,25 / 0,31 / 0,03 s). Even at that warm speed from the first file on, the run would take ≥ 1,2 s,',
  '  0,25–0,33× of exceljs\'s 3,7–4,8 s on different days: ≤ 0,2× leaves the units 0,13–0,47 s, so it needs the',
  '  per-unit code itself 1,5–5× faster than warm as well as no warm-up (docs/adr/0113-consolidation-speed-target.md).',
  '- The warm-up: the first 10 units take ≈ 12,6 ms each (compiling), units 10–100 ≈ 4 ms, 100–200 ≈ 2,3 ms,',
  '  200–300 ≈ 1,7 ms, then ≈ 1 ms. V8 optimises 177 functions during the run and reports ≈ 1,5 s of compile time',
  '  for them on its background threads (the largest: adding up 108 ms, the sheet scan 99 + 69 ms as it is',
  '  compiled twice, the row assessment 60 + 43 + 22 ms), so the second core is busy compiling while the main thread',
  '  runs unoptimised code. V8 flags (inlining budgets, --no-turbo-inlining, --always-sparkplug, --maglev,',
  '  --no-lazy-feedback-allocation, semi-space sizes) change nothing beyond the noise.',
  '- Worker threads (`CHITIEU_THREADS=2`) do not help on 2 cores: each thread compiles and warms up on its own, so',
  '  two threads took 2,4–2,6 s against 2,0–2,2 s for one. One thread per two cores stays the default.',
  '- The outputs: the JSON report used to go out in ≈ 1 MB pieces, each a string too large for V8\'s ordinary pages,',
  '  so every piece (and its UTF-8 copy) took fresh memory from the system: 0,26–0,32 s and ≈ 11 000 page faults',
  '  for 8,6 MB. Pieces of ≤ 32 K characters encoded into one reused buffer: 0,06–0,11 s and ≈ 2 000 faults. The',
  '  worker that deflates the 3,5 MB `Theo đơn vị` sheet (fflate, level 1, ≈ 0,11–0,14 s) is now started before the',
  '  units are read, so its ≈ 0,1 s start-up no longer follows the report.',
  '- Smaller things measured and left: each of the ≈ 4 200 inflates of a 700-unit run builds a Node zlib stream',
  '  (≈ 13 µs warm; 0,23 s in all when cold); inflating parts under 4 KB with fflate would save ≈ 0,04 s. One',
  '  bundled file instead of 165 modules starts in 0,23 s instead of 0,29 s (tried with esbuild outside the',
  '  repository); not worth a second build. At the whole country\'s scale the warm-up weighs less: 3 300 units ×',
  '  134 indicators (0,44 M rows) took 5,5 s and 315 MB peak on this machine.',
];

const say = (text: string): void => {
  process.stderr.write(`bench: ${text}\n`);
};

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb: number): string => `${Math.round(kb / 1024)} MB`;
const verdict = (ok: boolean): string => (ok ? '**met**' : '**missed**');

/** The RESULTS.md section of one run. */
function section(units: number, bytes: number, generateMs: number, cli: ChildMeasure, exceljs: ChildMeasure, load: string): string {
  const wall = cli.wallMs / exceljs.wallMs;
  const cpu = cli.cpuMs !== null && exceljs.cpuMs !== null ? cli.cpuMs / exceljs.cpuMs : null;
  const rows = units * BENCH_INDICATORS;
  return [
    CONSOLIDATE_SECTION.start,
    '## Consolidation: many units, one report (`npm run bench:consolidate`)',
    '',
    `- ${units} unit files × ${BENCH_INDICATORS} indicators = ${rows.toLocaleString('en')} indicator rows, ${(bytes / 1024 / 1024).toFixed(1)} MB of .xlsx (generated in ${seconds(generateMs)} by bench/make-units.ts, kept in a temp folder)`,
    `- ${describeMachine().cpu}; ${load}`,
    '',
    '| measure | result | target | verdict |',
    '|---|---|---|---|',
    `| consolidate wall time ÷ exceljs reading the same files | ${wall.toFixed(2)}× (${seconds(cli.wallMs)} vs ${seconds(exceljs.wallMs)}) | ≤ ${TARGET_RATIO}× | ${verdict(wall <= TARGET_RATIO)} |`,
    `| consolidate CPU time ÷ exceljs | ${cpu === null ? 'n/a' : `${cpu.toFixed(2)}× (${seconds(cli.cpuMs ?? 0)} vs ${seconds(exceljs.cpuMs ?? 0)})`} | ≤ ${TARGET_RATIO}× | ${cpu === null ? '–' : verdict(cpu <= TARGET_RATIO)} |`,
    `| consolidate peak memory | ${mb(cli.maxRssKb)} (exceljs: ${mb(exceljs.maxRssKb)}) | ≤ ${TARGET_RSS_MB} MB | ${verdict(cli.maxRssKb / 1024 <= TARGET_RSS_MB)} |`,
    `| consolidate throughput | ${Math.round(rows / (cli.wallMs / 1000)).toLocaleString('en')} indicator rows/s (wall) | | |`,
    '',
    'Units are read one at a time (only one unit workbook is held at once); the country\'s ≈ 3 300 communes × 134',
    'indicators ≈ 0.45 M rows is about ' + `${(3300 / units).toFixed(1)}× this run.`,
    '',
    ...FINDINGS,
    CONSOLIDATE_SECTION.end,
  ].join('\n');
}

async function main(): Promise<void> {
  const units = Number(option('--units') ?? 700);
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-bench-units-'));
  try {
    say(`writing ${units} unit files of ${BENCH_INDICATORS} indicators…`);
    const g0 = performance.now();
    const catalogue = await writeBenchUnits(dir, units, (n) => {
      if (n % 50 === 0 || n === units) say(`  ${n}/${units} files written`);
    });
    const generateMs = performance.now() - g0;
    const bytes = readdirSync(dir).filter((f) => f.endsWith('.xlsx')).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    const outDir = mkdtempSync(join(tmpdir(), 'chitieu-bench-out-'));
    say('chitieu consolidate…');
    const json = join(outDir, 'report.json');
    const cli = measureNode('chitieu consolidate', [CLI, 'consolidate', dir, '--catalogue', catalogue, '--out', join(outDir, 'tong-hop.xlsx'), '--json', json], [0, 1]);
    process.stderr.write(cli.stderr.split('\n').filter((l) => l.startsWith('ChiTieu:')).join('\n') + '\n');
    const report = JSON.parse(readFileSync(json, 'utf8')) as { units: unknown[]; indicators: unknown[] };
    if (report.units.length !== units || report.indicators.length !== BENCH_INDICATORS) throw new Error('the consolidation did not cover every unit and indicator');
    rmSync(outDir, { recursive: true, force: true });
    say('exceljs reading the same files…');
    const exceljs = measureNode('exceljs read', [join(__dirname, 'exceljs-units.js'), dir]);
    const load = `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} at the end`;
    const text = section(units, bytes, generateMs, cli, exceljs, load);
    const resultsPath = join(REPO, 'bench', 'RESULTS.md');
    if (!process.argv.includes('--no-write')) {
      const old = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '# Benchmark results\n';
      writeFileSync(resultsPath, withSection(old, CONSOLIDATE_SECTION, text));
    }
    process.stdout.write(text + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${String((error as Error)?.stack ?? error)}\n`);
  process.exitCode = 1;
});
