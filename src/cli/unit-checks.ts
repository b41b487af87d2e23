/**
 * The unit files of a consolidation, checked on this thread and, when the machine has more than one core, in worker
 * threads beside it; handed back in file order. Every thread holds one unit at a time; a unit whose worker fails is
 * checked again on this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOptions, UnitCheck } from '../core';
import type { UnitDone, UnitJob, UnitWorkerData } from './unit-worker';
import { UnitUnpacker } from './unit-message';
import { checkUnitFile } from './unit-worker';

/** The compiled worker script beside this file (absent when the sources run without a build, as under jest). */
const WORKER_SCRIPT = join(__dirname, 'unit-worker.js');

/**
 * Files per extra thread below which it does not pay: each thread compiles and warms up the checking code on its own
 * (≈ 0.5 s of CPU), which a few dozen files do not win back.
 */
const UNITS_PER_THREAD = 150;

/** Files sent ahead to each worker, so that it never waits for the next one (it still reads one at a time). */
const JOBS_AHEAD = 4;

/** At most this many threads check units, however many cores there are. */
const MAX_THREADS = 8;

/**
 * Cores each checking thread keeps busy: besides running the check, V8 compiles and collects garbage for it on other
 * threads (one thread alone: ≈ 2,5 s of CPU in ≈ 1,6 s of wall time for 700 units).
 */
const CORES_PER_THREAD = 2;

/**
 * How many threads check `units` files, this one included (1: this thread alone): one per two cores when there are
 * enough files, or as many as `CHITIEU_THREADS` asks. This thread alone when the compiled worker script is missing.
 */
export function threadCount(units: number, cores = availableParallelism(), asked = process.env.CHITIEU_THREADS, workerReady = existsSync(WORKER_SCRIPT)): number {
  if (!workerReady) return 1;
  if (asked !== undefined && /^\d+$/.test(asked.trim())) return Math.max(1, Math.min(Number(asked), MAX_THREADS, units));
  return Math.max(1, Math.min(Math.floor(cores / CORES_PER_THREAD), MAX_THREADS, Math.floor(units / UNITS_PER_THREAD)));
}

/** Lets the messages of the workers in (a resolved promise alone would not). */
const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Worker threads that take files in order, with this thread taking the next file whenever it would otherwise wait. */
class UnitPool {
  private next = 0;
  private readonly done = new Map<number, UnitCheck>();
  private readonly workers = new Set<Worker>();
  /** Resolves the wait of `result` for a file a worker has, when any file comes back. */
  private wake: (() => void) | undefined;

  constructor(
    private readonly paths: readonly string[],
    private readonly options: CheckOptions,
    workers: number,
    private readonly script: string,
  ) {
    for (let w = 0; w < workers; w++) this.start();
  }

  /** The check of file `index`: ready, or checked here, or awaited from its worker while this thread checks others. */
  async result(index: number): Promise<UnitCheck> {
    for (;;) {
      const ready = this.done.get(index);
      if (ready) {
        this.done.delete(index);
        return ready;
      }
      if (this.next < this.paths.length) {
        const mine = this.next++;
        this.done.set(mine, await checkUnitFile(this.paths[mine], this.options));
        await yieldToEvents();
      } else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Settles a file's check and wakes a wait for one. */
  private settle(index: number, check: UnitCheck): void {
    this.done.set(index, check);
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** Stops every worker. */
  close(): void {
    for (const worker of this.workers) void worker.terminate();
    this.workers.clear();
  }

  private start(): void {
    let worker: Worker;
    try {
      worker = new Worker(this.script, { workerData: { options: this.options } satisfies UnitWorkerData });
    } catch {
      return;
    }
    this.workers.add(worker);
    const sent = new Set<number>();
    const unpacker = new UnitUnpacker();
    worker.on('message', ({ index, check }: UnitDone) => {
      sent.delete(index);
      this.settle(index, unpacker.unpack(check));
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
}

/**
 * Checks the unit files at `paths` and yields each check in the files' order; `threads` threads share the files,
 * this one included (1: all here, one after another). `script` is the workers' script (the compiled unit-worker).
 */
export async function* checkedUnits(paths: readonly string[], options: CheckOptions, threads = threadCount(paths.length), script = WORKER_SCRIPT): AsyncGenerator<UnitCheck> {
  if (threads <= 1) {
    for (const path of paths) yield await checkUnitFile(path, options);
    return;
  }
  const pool = new UnitPool(paths, options, threads - 1, script);
  try {
    for (let index = 0; index < paths.length; index++) yield await pool.result(index);
  } finally {
    pool.close();
  }
}
