/** Child script for profiling: builds the grids and runs the engine once (`node --cpu-prof engine-child.js ROWS`). */
import { DEFAULT_THRESHOLDS, isRunFailure, runCheck } from '../src/core';
import { bigGrids } from './grids';
import { MemoryPort } from './memory-port';

/** Runs runCheck once on `rows` indicators held in memory. */
export async function engineOnce(rows: number): Promise<void> {
  const port = new MemoryPort(bigGrids(rows));
  const outcome = await runCheck(port, { lang: 'vi', thresholds: DEFAULT_THRESHOLDS, numberStyle: 'vi', generatedAt: '01/07/2025 08:00' }, { validation: true, summary: true, flags: true });
  if (isRunFailure(outcome)) throw new Error(outcome.message);
}

if (require.main === module) {
  engineOnce(Number(process.argv[2] ?? 100000)).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
