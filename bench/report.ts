/** Renders a benchmark run as Markdown (bench/RESULTS.md and stdout). */
import type { Phase } from './phase-clock';
import type { HotFunction } from './profile';
import type { BenchResults } from './results';
import { TARGETS, best, ratios } from './results';

const int = (n: number): string => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
const sec = (ms: number | null): string => (ms === null ? '–' : (ms / 1000).toFixed(2));
const mbOf = (kb: number): string => int(kb / 1024);
const x = (n: number | null): string => (n === null ? '–' : `${n.toFixed(2)}×`);
const ok = (met: boolean): string => (met ? '**met**' : '**missed**');

function phaseTable(phases: readonly Phase[]): string[] {
  return [
    '| phase | wall ms | CPU ms | RSS after (MB) | JS heap (MB) | buffers (MB) | peak RSS so far (MB) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...phases.map((p) => `| ${p.name} | ${int(p.ms)} | ${int(p.cpuMs)} | ${p.rssMb} | ${p.heapMb} | ${p.buffersMb} | ${p.peakMb} |`),
  ];
}

function hotTable(title: string, rows: readonly HotFunction[]): string[] {
  return [`| ${title} | ms |`, '|---|---:|', ...rows.map((h) => `| \`${h.name.replace(/\|/g, '\\|')}\` | ${int(h.ms)} |`)];
}

/** The whole RESULTS.md text; `findings` is the hand-written analysis appended verbatim. */
export function renderReport(r: BenchResults, findings: string): string {
  const m = r.machine;
  const e = r.engine;
  const cli = best(r.cli);
  const q = ratios(r);
  const cliPeak = Math.max(...r.cli.map((c) => c.maxRssKb));
  const child = (label: string, c: { wallMs: number; cpuMs: number | null; maxRssKb: number }) =>
    `| ${label} | ${sec(c.wallMs)} | ${sec(c.cpuMs)} | ${mbOf(c.maxRssKb)} |`;
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${m.date}. Do not edit by hand: the "Findings" section comes from bench/findings.md.`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, ${m.platform}`,
    `- Node ${m.node}`,
    `- Load average (1 min) at start / end: ${m.load[0]} / ${r.loadEnd} — the cores are shared with other work, so wall times can exceed CPU times; CPU times are what an idle machine would show.`,
    `- Workbook: ${int(r.workbook.rows)} indicators (catalogue) + data sheet of ${int(r.workbook.rows)} rows × 16 columns, ${int(r.workbook.cells)} non-empty cells, ${(r.workbook.bytes / 2 ** 20).toFixed(1)} MB (generated in ${sec(r.workbook.generateMs)} s by bench/make-big.ts)`,
    '',
    '## Targets',
    '',
    '| criterion | measured | target | |',
    '|---|---:|---:|---|',
    `| engine alone, ${int(e.rows)} rows, best of ${e.runs.length} (wall) | ${int(e.rowsPerSecond)} rows/s | ≥ ${int(TARGETS.engineRowsPerSecond)} rows/s | ${ok(e.rowsPerSecond >= TARGETS.engineRowsPerSecond)} |`,
    `| engine alone, best CPU time | ${int(e.rowsPerCpuSecond)} rows/CPU-s | ≥ ${int(TARGETS.engineRowsPerSecond)} rows/s | ${ok(e.rowsPerCpuSecond >= TARGETS.engineRowsPerSecond)} |`,
    `| CLI wall time ÷ exceljs read + rewrite | ${x(q.wall)} (${sec(cli.wallMs)} s vs ${sec(r.exceljsFull.wallMs)} s) | ≤ ${TARGETS.cliWallRatio}× | ${ok(q.wall <= TARGETS.cliWallRatio)} |`,
    `| CLI CPU time ÷ exceljs | ${x(q.cpu)} (${sec(cli.cpuMs)} s vs ${sec(r.exceljsFull.cpuMs)} s) | ≤ ${TARGETS.cliWallRatio}× | ${ok(q.cpu !== null && q.cpu <= TARGETS.cliWallRatio)} |`,
    `| CLI peak memory ÷ exceljs | ${x(q.rss)} (${mbOf(cliPeak)} MB vs ${mbOf(r.exceljsFull.maxRssKb)} MB) | ≤ ${TARGETS.cliRssRatio}× | ${ok(q.rss <= TARGETS.cliRssRatio)} |`,
    '',
    '## 1. Engine alone',
    '',
    `\`runCheck\` over an in-memory WorkbookPort (bench/memory-port.ts) holding the catalogue and data sheet as SheetData grids (built in ${sec(e.buildMs)} s, not timed); all writes on (validation sheet, summary sheet, flags). One warm-up, then ${e.runs.length} timed runs. ${int(e.issues)} issues found per run.`,
    '',
    '| run | wall ms | CPU ms | rows/s (wall) |',
    '|---|---:|---:|---:|',
    ...e.runs.map((t, i) => `| ${i + 1} | ${int(t.ms)} | ${int(t.cpuMs)} | ${int((e.rows / t.ms) * 1000)} |`),
    '',
    '## 2. Command line end to end',
    '',
    'Each line is a separate child process, measured with `/usr/bin/time -v` (max RSS) in the same run.',
    '',
    '| run | wall s | CPU s | peak RSS (MB) |',
    '|---|---:|---:|---:|',
    ...r.cli.map((c, i) => child(`\`chitieu check big.xlsx --out out.xlsx --json r.json\` #${i + 1} (exit ${c.status})`, c)),
    child('exceljs `Workbook.xlsx.readFile` + `writeFile` (full read and rewrite)', r.exceljsFull),
    child('exceljs streaming `WorkbookReader`, every row (read only, for context)', r.exceljsStream),
    '',
    `Ratios, CLI ÷ exceljs full: wall ${x(q.wall)}, CPU ${x(q.cpu)}, peak memory ${x(q.rss)}. CLI ÷ exceljs stream (read only): wall ${x(cli.wallMs / r.exceljsStream.wallMs)}, peak memory ${x(cliPeak / r.exceljsStream.maxRssKb)}.`,
    '',
    '## Where the time goes',
    '',
    'The CLI\'s steps run in one child process (bench/cli-phases.ts) over the same file, each timed, with memory after it:',
    '',
    ...phaseTable(r.phases.phases),
    '',
    'Then the reading and writing steps re-timed one by one (same process, after the run above; they repeat work, so the peak column is not meaningful here):',
    '',
    ...phaseTable(r.phases.steps),
    '',
    `Engine CPU profile (\`node --cpu-prof\`, one run of bench/engine-child.ts on ${int(e.rows)} rows, grid building included in the self list):`,
    '',
    ...hotTable('self time', r.engineProfile.self),
    '',
    ...hotTable('inclusive time, src/core functions and the garbage collector', r.engineProfile.inclusive),
    '',
    findings.trim(),
    '',
    '## Method',
    '',
    '- `npm run bench` builds the CLI (`tsc -p tsconfig.cli.json`) and runs lib/bench/run.js; it rewrites this file and prints it.',
    '- The workbook is written to a fresh temporary directory with exceljs\'s streaming WorkbookWriter (shared strings, styles): a title block above each header, five field group rows and a group row every 5 000 indicators, targets as numbers and as text ("≥ 30", "giảm còn 1,5", "từ 85 đến 88", "Hoàn thành"), actuals as numbers, Vietnamese text numbers ("5.840,25"), percent-formatted cells (`0.00%`), milestones, blanks, 0.1 % unknown codes, 1 % overrides with reasons.',
    '- Engine: grids built once in memory; `runCheck(port, options, { validation, summary, flags: true })`; warm-up then best of 5; rows/s = indicator rows ÷ best time.',
    '- End to end: `spawnSync` of `/usr/bin/time -v node …` per measurement (without /usr/bin/time, a preloaded bench/report-rss.ts prints `process.resourceUsage().maxRSS`); the CLI twice, exceljs full read + rewrite and exceljs streaming read once each. Wall time is measured by the parent around the child; CPU time is the child\'s user + system time.',
    '',
  ].join('\n');
}
