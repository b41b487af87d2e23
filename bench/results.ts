/** The numbers of one benchmark run, and the targets they are checked against. */
import type { PhaseReport } from './cli-phases';
import type { EngineResult } from './engine';
import type { Machine } from './machine';
import type { ChildMeasure } from './measure';
import type { HotFunction } from './profile';

/** Acceptance targets: the engine alone ≥ 200 000 rows/s; the CLI ≤ 0.15× the exceljs round trip in time and ≤ 0.25× in peak memory. */
export const TARGETS = { engineRowsPerSecond: 200_000, cliWallRatio: 0.15, cliRssRatio: 0.25 } as const;

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  readonly machine: Machine;
  readonly loadEnd: number;
  readonly engine: EngineResult;
  readonly engineProfile: { readonly self: readonly HotFunction[]; readonly inclusive: readonly HotFunction[] };
  readonly workbook: { readonly rows: number; readonly bytes: number; readonly cells: number; readonly generateMs: number };
  readonly cli: readonly ChildMeasure[];
  readonly exceljsFull: ChildMeasure;
  readonly exceljsStream: ChildMeasure;
  readonly phases: PhaseReport;
}

/** The best (lowest wall time) of several child runs. */
export function best(runs: readonly ChildMeasure[]): ChildMeasure {
  return runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
}

/** CLI ÷ exceljs ratios of wall time, CPU time and peak RSS (best CLI run, highest CLI peak). */
export function ratios(r: BenchResults): { wall: number; cpu: number | null; rss: number } {
  const cli = best(r.cli);
  const peak = Math.max(...r.cli.map((c) => c.maxRssKb));
  const cpu = cli.cpuMs !== null && r.exceljsFull.cpuMs !== null ? cli.cpuMs / r.exceljsFull.cpuMs : null;
  return { wall: cli.wallMs / r.exceljsFull.wallMs, cpu, rss: peak / r.exceljsFull.maxRssKb };
}
