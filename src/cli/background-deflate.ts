/**
 * Deflating a package's large new parts in a worker thread while the main thread writes the JSON report: the worker
 * runs the same fflate call at the same level as src/xlsx, so the bytes are the ones the web app writes (SPEC §11).
 */
import { Worker } from 'node:worker_threads';
import type { ZipWriteEntry } from '../xlsx/zip';
import { deflateLevelFor, LARGE_PART_BYTES } from '../xlsx/zip-write';

/** The worker: fflate's deflateSync on each part it is sent (fflate is found from this file, not from the working folder). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { deflateSync } = require(workerData.fflate);
parentPort.on('message', ({ index, data, level }) => {
  const out = deflateSync(data, { level });
  parentPort.postMessage({ index, out }, [out.buffer]);
});`;

/** A new data entry, the kind that is deflated when the package is written. */
type DataEntry = Extract<ZipWriteEntry, { data: Uint8Array }>;

/**
 * Starts deflating every new part over 1 MB in a worker and returns the entries with those parts already deflated
 * once it is done. Anything that stops the worker leaves the entries as they were (writeZip then deflates them here).
 */
export function deflateLargePartsInBackground(entries: readonly ZipWriteEntry[]): Promise<ZipWriteEntry[]> {
  const large = entries.flatMap((e, index) => ('data' in e && e.data.length > LARGE_PART_BYTES ? [index] : []));
  if (large.length === 0) return Promise.resolve([...entries]);
  return new Promise((resolve) => {
    const done = [...entries];
    let left = large.length;
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { fflate: require.resolve('fflate') } });
    } catch {
      resolve(done);
      return;
    }
    const giveUp = (): void => {
      void worker.terminate();
      resolve([...entries]);
    };
    worker.on('error', giveUp);
    worker.on('message', ({ index, out }: { index: number; out: Uint8Array }) => {
      done[index] = { ...(entries[index] as DataEntry), deflated: out };
      if (--left === 0) {
        worker.off('error', giveUp);
        void worker.terminate();
        resolve(done);
      }
    });
    for (const index of large) {
      const data = (entries[index] as DataEntry).data;
      worker.postMessage({ index, data, level: deflateLevelFor(data.length) });
    }
  });
}
