/**
 * A worker thread of `chitieu consolidate`: reads and checks each unit file it is sent, one at a time, and hands
 * back what consolidation keeps of it (plain data). The check is the same `readUnitFile` the main thread runs.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions, UnitCheck } from '../core';
import { readUnitFile } from '../xlsx/unit-files';
import { useNativeZlib } from './native-zlib';
import type { PackedUnitCheck } from './unit-message';
import { UnitPacker } from './unit-message';

/** One unit file to check: its place in the run and its path. */
export interface UnitJob {
  readonly index: number;
  readonly path: string;
}

/** A checked unit file, by its place in the run, packed (see unit-message.ts). */
export interface UnitDone {
  readonly index: number;
  readonly check: PackedUnitCheck;
}

/** What every worker is started with: the run's check options (catalogue included). */
export interface UnitWorkerData {
  readonly options: CheckOptions;
}

/** Reads and checks one unit file as the main thread would. */
export function checkUnitFile(path: string, options: CheckOptions): Promise<UnitCheck> {
  return readUnitFile(basename(path), () => readFileSync(path), options);
}

const port = parentPort;
if (port && (workerData as Partial<UnitWorkerData> | null)?.options) {
  useNativeZlib();
  const { options } = workerData as UnitWorkerData;
  // Jobs queue up here while one is checked, so the thread never waits for the next file and holds one at a time.
  const queue: UnitJob[] = [];
  const packer = new UnitPacker();
  let busy = false;
  const work = async (): Promise<void> => {
    busy = true;
    for (let job = queue.shift(); job; job = queue.shift()) {
      const check = packer.pack(await checkUnitFile(job.path, options));
      port.postMessage({ index: job.index, check } satisfies UnitDone, 'texts' in check ? [check.texts.buffer as ArrayBuffer, check.numbers.buffer as ArrayBuffer] : []);
    }
    busy = false;
  };
  port.on('message', (job: UnitJob) => {
    queue.push(job);
    if (!busy) void work();
  });
}
