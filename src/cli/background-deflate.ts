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

/**
 * Starts deflating every new part over 64 KB in a worker and returns the entries with those parts already deflated
 * once it is done. The parts move to the worker and back without being copied (a checked data sheet can be 50 MB),
 * so the caller must not read them meanwhile. A worker that cannot start, or parts that share a buffer, leave the
 * entries to be deflated here; a worker that fails midway rejects, and nothing is written.
 */
export function deflateLargePartsInBackground(entries: readonly ZipWriteEntry[]): Promise<ZipWriteEntry[]> {
  const large = entries.flatMap((e, index) => ('data' in e && e.data.length > BACKGROUND_PART_BYTES ? [index] : []));
  // Parts that share one buffer cannot each move to the worker: they are deflated here, like a worker that cannot start.
  const distinct = new Set(large.map((index) => (entries[index] as DataEntry).data.buffer)).size === large.length;
  if (large.length === 0 || !distinct) return Promise.resolve([...entries]);
  return new Promise((resolve, reject) => {
    const done = [...entries];
    let left = large.length;
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { fflate: require.resolve('fflate') } });
    } catch {
      resolve(done);
      return;
    }
    const giveUp = (error: Error): void => {
      void worker.terminate();
      reject(error);
    };
    worker.on('error', giveUp);
    worker.on('exit', () => {
      if (left > 0) reject(new Error('the deflate worker stopped before it was done'));
    });
    worker.on('message', ({ index, data, out }: { index: number; data: Uint8Array; out: Uint8Array }) => {
      done[index] = { name: entries[index].name, data, deflated: out };
      if (--left === 0) {
        worker.off('error', giveUp);
        void worker.terminate();
        resolve(done);
      }
    });
    // A part the worker cannot take (an untransferable buffer) stays here; writeZip deflates it.
    for (const index of large) {
      const data = (entries[index] as DataEntry).data;
      try {
        worker.postMessage({ index, data, level: deflateLevelFor(data.length) }, [data.buffer as ArrayBuffer]);
      } catch {
        left--;
      }
    }
    if (left === 0) {
      void worker.terminate();
      resolve(done);
    }
  });
}

/**
 * The files a run writes: its package at `out` and, when asked for, its JSON report. With a report, the package's
 * large parts deflate in a worker while this thread writes the report (the report comes first in the list).
 */
export function packageAndReport(out: string, entries: readonly ZipWriteEntry[], json?: { readonly path: string; readonly report: object }): FileToWrite[] {
  if (!json) return [{ path: out, data: writeZip(entries) }];
  const packed = deflateLargePartsInBackground(entries).then(writeZip);
  packed.catch(() => undefined); // awaited by writeAll; this only keeps an early failure from counting as unhandled
  return [{ path: json.path, data: jsonPieces(json.report) }, { path: out, data: packed }];
}
