/** Times named phases of one process: wall and CPU time, memory after the phase, and the peak so far. */
import { performance } from 'node:perf_hooks';

/** One timed phase. */
export interface Phase {
  readonly name: string;
  readonly ms: number;
  readonly cpuMs: number;
  /** Resident set, JS heap in use and Buffer/ArrayBuffer memory after the phase, in MB. */
  readonly rssMb: number;
  readonly heapMb: number;
  readonly buffersMb: number;
  /** Peak resident set of the process so far, in MB. */
  readonly peakMb: number;
}

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);

/** Collects phases in order. */
export class PhaseClock {
  readonly phases: Phase[] = [];

  /** Runs `fn` as the phase `name` and returns its result. */
  async step<T>(name: string, fn: () => T | Promise<T>): Promise<T> {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await fn();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const m = process.memoryUsage();
    this.phases.push({
      name,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      rssMb: mb(m.rss),
      heapMb: mb(m.heapUsed),
      buffersMb: mb(m.external + m.arrayBuffers),
      peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    });
    return result;
  }
}
