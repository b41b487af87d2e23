/**
 * Deflating a package's large new parts in a worker thread while the main thread writes the JSON report: the worker
 * runs the same fflate call at the same level as src/xlsx, so the bytes are the ones the web app writes (SPEC §11).
 */
import { Worker } from 'node:worker_threads';
import { jsonPieces } from '../core';
import type { ZipWriteEntry } from '../xlsx/zip';
import { deflateLevelFor, writeZip } from '../xlsx/zip-write';
import type { FileToWrite } from './write-files';

/** The worker: fflate's deflateSync on each part it is sent (fflate is found from this file, not from the working folder). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { deflateSync } = require(workerData.fflate);
parentPort.on('message', ({ index, data, level }) => {
  const out = deflateSync(data, { level });
  parentPort.postMessage({ index, data, out }, [data.buffer, out.buffer]);
});`;

/** New parts above this size are deflated in the worker; smaller ones cost less than the trip there and back. */
export const BACKGROUND_PART_BYTES = 64 * 1024;

/** A new data entry, the kind that is deflated when the package is written. */
type DataEntry = Extract<ZipWriteEntry, { data: Uint8Array }>;

/** A worker thread that deflates parts, started before the parts exist so that its start-up overlaps other work. */
export class DeflateWorker {
  /** False once the worker has stopped or failed, whether or not it was working. */
  private running: boolean;

  private constructor(private readonly worker: Worker | null) {
    this.running = worker !== null;
    worker?.once('exit', () => (this.running = false));
  }

  /** Starts the worker (≈ 0,1 s to be ready); one that cannot start leaves every part to be deflated here. */
  static start(): DeflateWorker {
    try {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { fflate: require.resolve('fflate') } });
      // An idle worker never keeps the process alive; it is stopped when its run is over.
      worker.unref();
      worker.on('error', () => undefined); // an idle worker that fails is only not used; a working one rejects below
      return new DeflateWorker(worker);
    } catch {
      return new DeflateWorker(null);
    }
  }

  /**
   * The entries with every new part over 64 KB deflated by the worker. The parts move to the worker and back without
   * being copied (a checked data sheet can be 50 MB), so the caller must not read them meanwhile. Without a worker,
   * or for parts that share a buffer, the entries come back as they were, to be deflated here; a worker that fails
   * midway rejects, and nothing is written.
   */
  deflateLargeParts(entries: readonly ZipWriteEntry[]): Promise<ZipWriteEntry[]> {
    const worker = this.worker;
    const large = entries.flatMap((e, index) => ('data' in e && e.data.length > BACKGROUND_PART_BYTES ? [index] : []));
    // Parts that share one buffer cannot each move to the worker: they are deflated here, like a worker that cannot start.
    const distinct = new Set(large.map((index) => (entries[index] as DataEntry).data.buffer)).size === large.length;
    if (!worker || !this.running || large.length === 0 || !distinct) return Promise.resolve([...entries]);
    return new Promise((resolve, reject) => {
      const done = [...entries];
      let left = large.length;
      const finish = (): void => {
        worker.off('message', received).off('error', failed).off('exit', stopped).unref();
        resolve(done);
      };
      const failed = (error: Error): void => {
        worker.off('message', received).off('error', failed).off('exit', stopped);
        void worker.terminate();
        reject(error);
      };
      const stopped = (): void => failed(new Error('the deflate worker stopped before it was done'));
      const received = ({ index, data, out }: { index: number; data: Uint8Array; out: Uint8Array }): void => {
        done[index] = { name: entries[index].name, data, deflated: out };
        if (--left === 0) finish();
      };
      // A worker at work keeps the process alive until its parts are back.
      worker.ref();
      worker.on('message', received).on('error', failed).on('exit', stopped);
      // A part the worker cannot take (an untransferable buffer) stays here; writeZip deflates it.
      for (const index of large) {
        const data = (entries[index] as DataEntry).data;
        try {
          worker.postMessage({ index, data, level: deflateLevelFor(data.length) }, [data.buffer as ArrayBuffer]);
        } catch {
          left--;
        }
      }
      if (left === 0) finish();
    });
  }

  /** Stops the worker; resolves once it has stopped. */
  async stop(): Promise<void> {
    await this.worker?.terminate();
  }
}

/**
 * Deflates every new part over 64 KB in a worker started for this alone (none when no part is that large) and
 * stopped once it is done; see DeflateWorker.deflateLargeParts.
 */
export async function deflateLargePartsInBackground(entries: readonly ZipWriteEntry[]): Promise<ZipWriteEntry[]> {
  if (!entries.some((e) => 'data' in e && e.data.length > BACKGROUND_PART_BYTES)) return [...entries];
  const worker = DeflateWorker.start();
  try {
    return await worker.deflateLargeParts(entries);
  } finally {
    void worker.stop();
  }
}

/**
 * The files a run writes: its package at `out` and, when asked for, its JSON report. With a report, the package's
 * large parts deflate in a worker while this thread writes the report (the report comes first in the list); `worker`
 * is one started earlier in the run, else one is started here for the parts that need it.
 */
export function packageAndReport(out: string, entries: readonly ZipWriteEntry[], json?: { readonly path: string; readonly report: object }, worker?: DeflateWorker): FileToWrite[] {
  if (!json) return [{ path: out, data: writeZip(entries) }];
  const packed = (worker ? worker.deflateLargeParts(entries) : deflateLargePartsInBackground(entries)).then(writeZip);
  packed.catch(() => undefined); // awaited by writeAll; this only keeps an early failure from counting as unhandled
  return [{ path: json.path, data: jsonPieces(json.report) }, { path: out, data: packed }];
}
