/**
 * Child script: DEFLATE codecs compared on one workbook (`node zip-codecs.js IN`): inflating every part and deflating
 * the largest one with Node's zlib, fflate and the platform's DecompressionStream/CompressionStream (best of 3, CPU ms).
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { deflateSync, inflateSync } from 'fflate';
import { readZip } from '../src/xlsx/zip';

type Timing = { readonly wallMs: number; readonly cpuMs: number };

/** Best wall and CPU time of three runs of `work`. */
async function best(work: () => unknown): Promise<Timing> {
  let wallMs = Infinity;
  let cpuMs = Infinity;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await work();
    wallMs = Math.min(wallMs, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs = Math.min(cpuMs, (c.user + c.system) / 1000);
  }
  return { wallMs: Math.round(wallMs), cpuMs: Math.round(cpuMs) };
}

/** Pipes bytes through a web compression transform and collects the output. */
async function throughStream(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream)).arrayBuffer();
  return new Uint8Array(out);
}

/** Measures every codec on the workbook at `path` and returns the timings by name. */
export async function compareCodecs(path: string): Promise<Record<string, Timing | number>> {
  const zip = readZip(readFileSync(path));
  const deflated = zip.entries().filter((e) => e.method === 8);
  const largest = deflated.reduce((a, b) => (b.uncompressedSize > a.uncompressedSize ? b : a));
  const plain = inflateRawSync(largest.data);
  return {
    unpackedMB: Math.round(deflated.reduce((n, e) => n + e.uncompressedSize, 0) / 2 ** 20),
    largestMB: Math.round(plain.length / 2 ** 20),
    'inflate all: node zlib': await best(() => deflated.forEach((e) => inflateRawSync(e.data))),
    'inflate all: fflate': await best(() => deflated.forEach((e) => inflateSync(e.data, { out: new Uint8Array(e.uncompressedSize) }))),
    'inflate all: DecompressionStream': await best(async () => {
      for (const e of deflated) await throughStream(e.data, new DecompressionStream('deflate-raw'));
    }),
    'deflate largest: node zlib level 6': await best(() => deflateRawSync(plain, { level: 6 })),
    'deflate largest: fflate level 6': await best(() => deflateSync(plain, { level: 6 })),
    'deflate largest: fflate level 1': await best(() => deflateSync(plain, { level: 1 })),
    'deflate largest: CompressionStream': await best(() => throughStream(plain, new CompressionStream('deflate-raw'))),
  };
}

if (require.main === module) {
  compareCodecs(process.argv[2]).then(
    (r) => process.stdout.write(JSON.stringify(r, null, 1) + '\n'),
    (error: unknown) => {
      process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
      process.exitCode = 1;
    },
  );
}
