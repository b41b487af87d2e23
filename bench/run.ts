/**
 * `npm run bench`: the engine alone on 100 000 rows, then the CLI end to end against exceljs on a 100 000-row
 * workbook, then where the CLI's time and memory go; rewrites bench/RESULTS.md and prints it.
 * Options: `--rows N` (default 100 000), `--no-write` (print only).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PhaseReport } from './cli-phases';
import { benchEngine } from './engine';
import { describeMachine, loadNow } from './machine';
import { writeBigWorkbook } from './make-big';
import { measureNode } from './measure';
import { summarizeProfile } from './profile';
import { renderReport } from './report';
import type { BenchResults } from './results';
import { CONSOLIDATE_SECTION, EXCEL_SECTION, WEB_SECTION, sectionOf, withSection } from './results-section';

const REPO = join(__dirname, '..', '..');
const CLI = join(__dirname, '..', 'src', 'cli', 'main.js');

const say = (text: string): void => {
  process.stderr.write(`bench: ${text}\n`);
};

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Profiles one engine run in a child and summarises the profile. */
function profileEngine(rows: number, dir: string): BenchResults['engineProfile'] {
  const profDir = join(dir, 'prof');
  measureNode('engine profile', ['--cpu-prof', `--cpu-prof-dir=${profDir}`, join(__dirname, 'engine-child.js'), String(rows)]);
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no CPU profile written');
  return summarizeProfile(join(profDir, file));
}

/** Runs every measurement and returns the numbers. */
async function measureAll(rows: number, dir: string): Promise<BenchResults> {
  const machine = describeMachine();
  say(`engine alone on ${rows} rows (warm-up + 5 runs)…`);
  const engine = await benchEngine(rows, 5);
  say(`engine: ${Math.round(engine.rowsPerSecond)} rows/s; profiling one run…`);
  const engineProfile = profileEngine(rows, dir);
  const big = join(dir, 'big.xlsx');
  say(`writing the ${rows}-row workbook…`);
  const g0 = performance.now();
  await writeBigWorkbook(big, rows);
  const generateMs = performance.now() - g0;
  say('exceljs streaming read…');
  const exceljsStream = measureNode('exceljs stream', [join(__dirname, 'exceljs-stream.js'), big]);
  const cells = (JSON.parse(exceljsStream.stdout) as { cells: number }).cells;
  const cli = [1, 2].map((n) => {
    say(`chitieu check, run ${n}…`);
    const out = join(dir, `out${n}.xlsx`);
    const json = join(dir, `r${n}.json`);
    const m = measureNode('chitieu check', [CLI, 'check', big, '--out', out, '--json', json], [0, 1]);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { indicators: unknown[] };
    if (!existsSync(out) || report.indicators.length !== rows) throw new Error('the CLI did not write the expected outputs');
    return m;
  });
  say('exceljs full read + rewrite (slow)…');
  const exceljsFull = measureNode('exceljs full', [join(__dirname, 'exceljs-full.js'), big, join(dir, 'exceljs-out.xlsx')]);
  say('CLI phases…');
  const phases = JSON.parse(measureNode('cli phases', [join(__dirname, 'cli-phases.js'), big, dir]).stdout) as PhaseReport;
  return {
    machine,
    loadEnd: loadNow(),
    engine,
    engineProfile,
    workbook: { rows, bytes: statSync(big).size, cells, generateMs },
    cli,
    exceljsFull,
    exceljsStream,
    phases,
  };
}

async function main(): Promise<void> {
  const rows = Number(option('--rows') ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-bench-'));
  try {
    const results = await measureAll(rows, dir);
    const findingsPath = join(REPO, 'bench', 'findings.md');
    const findings = existsSync(findingsPath) ? readFileSync(findingsPath, 'utf8') : '';
    const resultsPath = join(REPO, 'bench', 'RESULTS.md');
    const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
    // Sections other benchmarks own (consolidation, the Excel add-in's round trips, the web app) are kept as they are.
    const text = [CONSOLIDATE_SECTION, EXCEL_SECTION, WEB_SECTION].reduce((acc, marks) => {
      const kept = previous ? sectionOf(previous, marks) : '';
      return kept ? withSection(acc, marks, kept) : acc;
    }, renderReport(results, findings));
    if (!process.argv.includes('--no-write')) writeFileSync(resultsPath, text);
    process.stdout.write(text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${String((error as Error)?.stack ?? error)}\n`);
  process.exitCode = 1;
});
