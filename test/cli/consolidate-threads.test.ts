/**
 * `chitieu consolidate` checking the units in worker threads writes the same report and the same workbook bytes
 * as the same run on one thread, with the units in the order of their files; and the same workbook whether its large
 * parts were deflated in the worker started before the units (with a JSON report) or on the main thread (without).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBenchUnits } from '../../bench/make-units';

const ROOT = resolve(__dirname, '..', '..');
/** A build of the CLI of its own, so that it never races another test's build into lib/. */
const BUILD = join(ROOT, 'test-output', 'cli-threads');
const MAIN = join(BUILD, 'src', 'cli', 'main.js');
const UNITS = 40;

/** Enough units for the deflate worker to start before they are read (EARLY_DEFLATE_WORKER_UNITS in src/cli/consolidate.ts). */
const MANY_UNITS = 60;

let dir = '';
let out = '';
let catalogue = '';
let manyDir = '';
let manyCatalogue = '';

beforeAll(async () => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json', '--outDir', BUILD], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'chitieu-threads-'));
  out = mkdtempSync(join(tmpdir(), 'chitieu-threads-out-'));
  catalogue = await writeBenchUnits(dir, UNITS);
  manyDir = mkdtempSync(join(tmpdir(), 'chitieu-many-units-'));
  manyCatalogue = await writeBenchUnits(manyDir, MANY_UNITS);
}, 180_000);

afterAll(() => {
  for (const d of [dir, out, manyDir]) if (d) rmSync(d, { recursive: true, force: true });
});

/** Runs the compiled consolidate over the generated units with `threads` worker threads; returns its outputs. */
function consolidateWith(threads: number, out: string): { code: number | null; json: string; xlsx: Buffer; stdout: string; stderr: string } {
  // A workbook already at --out would receive the sheets instead of a new one: start from none.
  rmSync(join(out, 'tong-hop.xlsx'), { force: true });
  const run = spawnSync(process.execPath, [MAIN, 'consolidate', dir, '--catalogue', catalogue, '--out', join(out, 'tong-hop.xlsx'), '--json', join(out, 'r.json')], {
    env: { ...process.env, CHITIEU_THREADS: String(threads), SOURCE_DATE_EPOCH: '1751356800' },
    encoding: 'utf8',
  });
  return { code: run.status, json: readFileSync(join(out, 'r.json'), 'utf8'), xlsx: readFileSync(join(out, 'tong-hop.xlsx')), stdout: run.stdout, stderr: run.stderr };
}

describe('chitieu consolidate in worker threads', () => {
  it('gives the report and workbook of a run on one thread, units in file order', () => {
    expect(existsSync(join(BUILD, 'src', 'cli', 'unit-worker.js'))).toBe(true);
    // Both runs write to the same place, so that the paths they print are the same too.
    const alone = consolidateWith(1, out);
    const shared = consolidateWith(2, out);
    expect(shared.stderr).toBe('');
    expect(shared.code).toBe(alone.code);
    expect(shared.stdout).toBe(alone.stdout);
    const report = JSON.parse(shared.json) as { units: { file: string }[]; indicators: unknown[] };
    expect(report.units.map((u) => u.file)).toEqual(Array.from({ length: UNITS }, (_, i) => `don-vi-${String(i + 1).padStart(3, '0')}.xlsx`));
    expect(report.indicators.length).toBeGreaterThan(100);
    expect(shared.json).toBe(alone.json);
    expect(shared.xlsx.equals(alone.xlsx)).toBe(true);
  });
});

describe('chitieu consolidate with its deflate worker started before the units', () => {
  it('writes the same workbook bytes with the JSON report (parts deflated in the worker) as without it (deflated here)', () => {
    const run = (json: boolean): Buffer => {
      const xlsx = join(out, 'many.xlsx');
      rmSync(xlsx, { force: true });
      const args = [MAIN, 'consolidate', manyDir, '--catalogue', manyCatalogue, '--out', xlsx, ...(json ? ['--json', join(out, 'many.json')] : [])];
      const result = spawnSync(process.execPath, args, { env: { ...process.env, CHITIEU_THREADS: '1', SOURCE_DATE_EPOCH: '1751356800' }, encoding: 'utf8' });
      expect(result.status).toBe(0);
      return readFileSync(xlsx);
    };
    const withReport = run(true);
    expect((JSON.parse(readFileSync(join(out, 'many.json'), 'utf8')) as { units: unknown[] }).units).toHaveLength(MANY_UNITS);
    expect(withReport.equals(run(false))).toBe(true);
  });
});
