/** Runs a command in a child process and measures its wall time, CPU time and peak memory (max RSS). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { RSS_MARKER } from './rss-marker';

/** What one child run cost. */
export interface ChildMeasure {
  readonly label: string;
  readonly wallMs: number;
  /** User + system CPU time of the child, when /usr/bin/time reports it. */
  readonly cpuMs: number | null;
  readonly maxRssKb: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const TIME = '/usr/bin/time';

function field(report: string, name: string): number | null {
  const m = new RegExp(`${name}[^:]*:\\s*([0-9.]+)`).exec(report);
  return m ? Number(m[1]) : null;
}

/** Runs `node args…` once; peak RSS comes from `/usr/bin/time -v` when available, else from the preloaded report-rss. */
export function measureNode(label: string, args: readonly string[], okStatus: readonly number[] = [0]): ChildMeasure {
  const timed = existsSync(TIME);
  const cmd = timed ? TIME : process.execPath;
  const node = [...(timed ? [] : ['-r', join(__dirname, 'report-rss.js')]), ...args];
  const argv = timed ? ['-v', process.execPath, ...node] : node;
  const start = performance.now();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  const stderr = r.stderr ?? '';
  if (r.error || r.status === null || !okStatus.includes(r.status)) {
    throw new Error(`${label} failed (status ${r.status}): ${r.error?.message ?? stderr.slice(-2000)}`);
  }
  const user = field(stderr, 'User time');
  const sys = field(stderr, 'System time');
  let maxRssKb = field(stderr, 'Maximum resident set size') ?? 0;
  if (!timed) maxRssKb = Number(new RegExp(`${RSS_MARKER}(\\d+)`).exec(stderr)?.[1] ?? 0);
  const cpuMs = user !== null && sys !== null ? (user + sys) * 1000 : null;
  return { label, wallMs, cpuMs, maxRssKb, status: r.status, stdout: r.stdout, stderr };
}
