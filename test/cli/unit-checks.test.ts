import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UnitCheck } from '../../src/core';
import { checkOptionsFrom, DEFAULT_THRESHOLDS } from '../../src/core';
import { loadCatalogueFile } from '../../src/cli/catalogue-source';
import { checkedUnits, threadCount } from '../../src/cli/unit-checks';

const UNITS = join(__dirname, '..', 'fixtures', 'units');
const PATHS = readdirSync(UNITS).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(UNITS, f));
const OPTIONS = checkOptionsFrom({ catalogue: loadCatalogueFile(join(UNITS, 'danh-muc.csv')), lang: 'vi', thresholds: DEFAULT_THRESHOLDS, numberStyle: 'vi', generatedAt: '01/07/2025 08:00' });

/** Every check the generator yields, in order. */
async function all(checks: AsyncGenerator<UnitCheck>): Promise<UnitCheck[]> {
  const out: UnitCheck[] = [];
  for await (const check of checks) out.push(check);
  return out;
}

/** A worker script of the given source, in a fresh temp folder. */
function script(source: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'chitieu-worker-')), 'worker.js');
  writeFileSync(path, source);
  return path;
}

describe('how many threads check unit files', () => {
  it.each([
    ['700 units on 2 cores: this thread alone (V8 keeps the second core busy)', 700, 2, undefined, 1],
    ['700 units on 4 cores', 700, 4, undefined, 2],
    ['700 units on 16 cores: one thread per 150 units', 700, 16, undefined, 4],
    ['100 units on 8 cores: too few to pay for a second thread', 100, 8, undefined, 1],
    ['3 300 units on 64 cores: at most 8', 3300, 64, undefined, 8],
    ['CHITIEU_THREADS=3', 700, 2, '3', 3],
    ['CHITIEU_THREADS=0 means this thread alone', 700, 16, '0', 1],
    ['CHITIEU_THREADS above the number of units', 2, 16, '6', 2],
    ['CHITIEU_THREADS that is not a number is ignored', 700, 4, 'many', 2],
  ])('%s', (_name, units, cores, asked, threads) => {
    expect(threadCount(units, cores, asked, true)).toBe(threads);
  });

  it('is this thread alone when the compiled worker script is missing (sources run directly)', () => {
    expect(threadCount(700, 16, '4', false)).toBe(1);
  });
});

describe('unit files checked when worker threads fail', () => {
  it.each([
    ['a worker that stops at once', 'process.exit(3);'],
    ['a worker that throws on its first file', "require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom'); });"],
    ['a worker script that is missing', null],
  ])('%s: every file is checked here instead, in order, as on one thread', async (_name, source) => {
    const alone = await all(checkedUnits(PATHS, OPTIONS, 1));
    expect(alone.map((c) => c.file)).toEqual(PATHS.map((p) => p.slice(UNITS.length + 1)));
    const failing = source === null ? join(tmpdir(), 'no-such-folder', 'worker.js') : script(source);
    expect(await all(checkedUnits(PATHS, OPTIONS, 3, failing))).toEqual(alone);
  });
});
