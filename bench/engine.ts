/** Measurement 1: the engine alone (runCheck over an in-memory port) on N indicator rows. */
import { performance } from 'node:perf_hooks';
import type { CheckOptions } from '../src/core';
import { DEFAULT_THRESHOLDS, isRunFailure, runCheck } from '../src/core';
import { bigGrids } from './grids';
import { MemoryPort } from './memory-port';

/** One timed engine run: wall and CPU time of this process, in ms. */
export interface EngineRun {
  readonly ms: number;
  readonly cpuMs: number;
}

/** Result of the engine benchmark. */
export interface EngineResult {
  readonly rows: number;
  readonly runs: readonly EngineRun[];
  readonly bestMs: number;
  readonly bestCpuMs: number;
  readonly rowsPerSecond: number;
  readonly rowsPerCpuSecond: number;
  readonly issues: number;
  readonly buildMs: number;
}

const OPTIONS: CheckOptions = { lang: 'vi', thresholds: DEFAULT_THRESHOLDS, numberStyle: 'vi', generatedAt: '01/07/2025 08:00' };
const WRITE_ALL = { validation: true, summary: true, flags: true } as const;

async function once(port: MemoryPort): Promise<EngineRun & { issues: number }> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const outcome = await runCheck(port, OPTIONS, WRITE_ALL);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  if (isRunFailure(outcome)) throw new Error(`engine run failed: ${outcome.message}`);
  if (port.owned.size !== 2 || port.flags.size !== 1) throw new Error('engine run did not write both owned sheets and the flags');
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, issues: outcome.report.issues.length };
}

/** Times runCheck on `rows` indicators: one warm-up, then the best of `runs` runs (wall and CPU time). */
export async function benchEngine(rows: number, runs = 5): Promise<EngineResult> {
  const t0 = performance.now();
  const sheets = bigGrids(rows);
  const buildMs = performance.now() - t0;
  const { issues } = await once(new MemoryPort(sheets));
  const times: EngineRun[] = [];
  for (let i = 0; i < runs; i++) {
    const { ms, cpuMs } = await once(new MemoryPort(sheets));
    times.push({ ms, cpuMs });
  }
  const bestMs = Math.min(...times.map((t) => t.ms));
  const bestCpuMs = Math.min(...times.map((t) => t.cpuMs));
  return { rows, runs: times, bestMs, bestCpuMs, rowsPerSecond: (rows / bestMs) * 1000, rowsPerCpuSecond: (rows / bestCpuMs) * 1000, issues, buildMs };
}
