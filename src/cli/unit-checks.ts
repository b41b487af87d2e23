/**
 * The unit files of a consolidation, checked in worker threads when the machine has more than one core and handed
 * back in file order. Each worker holds one unit at a time; a unit whose worker fails is checked on this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOptions, UnitCheck } from '../core';
import type { UnitDone, UnitJob, UnitWorkerData } from './unit-worker';
import { checkUnitFile } from './unit-worker';

/** The compiled worker script beside this file (absent when the sources run without a build, as under jest). */
const WORKER_SCRIPT = join(__dirname, 'unit-worker.js');

/** Fewer unit files than this per worker are not worth a thread's start (≈ 50 ms). */
const UNITS_PER_WORKER = 16;

/** Files sent ahead to each worker, so that it never waits for the next one (it still reads one at a time). */
const JOBS_AHEAD = 4;

/** At most this many workers, however many cores there are. */
const MAX_WORKERS = 8;

/**
 * How many worker threads to check `units` files with (0: on this thread): one per core when there are enough files,
 * or as many as `CHITIEU_THREADS` asks (0 turns them off). None when the compiled worker script is missing.
 */
export function workerCount(units: number, cores = availableParallelism(), asked = process.env.CHITIEU_THREADS): number {
  if (!existsSync(WORKER_SCRIPT)) return 0;
  if (asked !== undefined && /^\d+$/.test(asked.trim())) return Math.min(Number(asked), MAX_WORKERS, units);
  const n = Math.min(cores, MAX_WORKERS, Math.floor(units / UNITS_PER_WORKER));
  return n >= 2 ? n : 0;
}

/** Workers that take one job each, in order, and settle one promise per file. */
class UnitPool {
  private next = 0;
  private readonly done = new Map<number, UnitCheck>();
  private readonly waiting = new Map<number, (check: UnitCheck) => void>();
  private readonly workers = new Set<Worker>();

  constructor(
    private readonly paths: readonly string[],
    private readonly options: CheckOptions,
    threads: number,
  ) {
    for (let t = 0; t < threads; t++) this.start();
  }

  /** The check of file `index`, as soon as it is done (on this thread when no worker is left to do it). */
  result(index: number): Promise<UnitCheck> {
    const ready = this.done.get(index);
    if (ready) {
      this.done.delete(index);
      return Promise.resolve(ready);
    }
    if (index >= this.next && this.workers.size === 0) {
      this.next = Math.max(this.next, index + 1);
      return checkUnitFile(this.paths[index], this.options);
    }
    return new Promise((resolve) => this.waiting.set(index, resolve));
  }

  /** Stops every worker. */
  close(): void {
    for (const worker of this.workers) void worker.terminate();
    this.workers.clear();
  }

  private start(): void {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SCRIPT, { workerData: { options: this.options } satisfies UnitWorkerData });
    } catch {
      return;
    }
    this.workers.add(worker);
    const sent = new Set<number>();
    worker.on('message', ({ index, check }: UnitDone) => {
      sent.delete(index);
      this.settle(index, check);
      this.give(worker, sent);
    });
    const lost = (): void => {
      if (!this.workers.delete(worker)) return;
      void worker.terminate();
      for (const index of sent) void checkUnitFile(this.paths[index], this.options).then((check) => this.settle(index, check));
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.give(worker, sent);
  }

  /** Sends a worker files until it has JOBS_AHEAD of them or none is left; `sent` holds the ones it has not returned. */
  private give(worker: Worker, sent: Set<number>): void {
    while (sent.size < JOBS_AHEAD && this.next < this.paths.length) {
      const index = this.next++;
      sent.add(index);
      worker.postMessage({ index, path: this.paths[index] } satisfies UnitJob);
    }
  }

  private settle(index: number, check: UnitCheck): void {
    const resolve = this.waiting.get(index);
    if (resolve) {
      this.waiting.delete(index);
      resolve(check);
    } else this.done.set(index, check);
  }
}

/**
 * Checks the unit files at `paths` and yields each check in the files' order; `threads` worker threads share the
 * files (0: all on this thread, one after another).
 */
export async function* checkedUnits(paths: readonly string[], options: CheckOptions, threads = workerCount(paths.length)): AsyncGenerator<UnitCheck> {
  if (threads === 0) {
    for (const path of paths) yield await checkUnitFile(path, options);
    return;
  }
  const pool = new UnitPool(paths, options, threads);
  try {
    for (let index = 0; index < paths.length; index++) yield await pool.result(index);
  } finally {
    pool.close();
  }
}
