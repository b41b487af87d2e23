/**
 * Runs `chitieu check` on every case of the bad-input corpus (test/fixtures/bad/cases.json) and checks
 * SPEC §8: the exit status, a single clean stderr line and nothing written when it cannot run, and the
 * expected rules in the JSON report when it can.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeScannedWorkbook } from '../../scripts/fixture-scan';
import type { BadCase } from '../../scripts/fixture-bad';

const ROOT = resolve(__dirname, '..', '..');
const BAD_DIR = join(ROOT, 'test', 'fixtures', 'bad');
/** The compiled CLI: tsconfig.cli.json keeps source paths under lib/ (lib/src/cli/main.js). */
const MAIN_CANDIDATES = [join(ROOT, 'lib', 'src', 'cli', 'main.js'), join(ROOT, 'lib', 'cli', 'main.js')];
let MAIN = MAIN_CANDIDATES[0];
const CASES = JSON.parse(readFileSync(join(BAD_DIR, 'cases.json'), 'utf8')) as BadCase[];

/** Lower case without diacritics, so a phrase matches whatever the message's Unicode form or casing. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

function label(c: BadCase, i: number): string {
  return `#${i} ${c.file ?? '(no file)'} ${c.args.join(' ')} → ${c.exit}`.trim();
}

let bigDir: string | undefined;

beforeAll(() => {
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    // Type errors elsewhere still emit JavaScript; only a missing CLI is fatal here.
    if (!MAIN_CANDIDATES.some((p) => existsSync(p))) throw error;
  }
  MAIN = MAIN_CANDIDATES.find((p) => existsSync(p)) ?? MAIN;
}, 180_000);

afterAll(() => {
  if (bigDir) rmSync(bigDir, { recursive: true, force: true });
});

describe('chitieu check on bad input', () => {
  const before = readdirSync(BAD_DIR).sort();

  test.each(CASES.map((c, i) => [label(c, i), c] as const))(
    '%s',
    async (_name, c) => {
      const tmp = mkdtempSync(join(tmpdir(), 'chitieu-bad-'));
      try {
        let file = c.file === null ? null : join(BAD_DIR, c.file);
        if (c.generated === '50mb' && c.file) {
          bigDir = bigDir ?? mkdtempSync(join(tmpdir(), 'chitieu-big-'));
          file = join(bigDir, c.file);
          if (!existsSync(file)) await writeScannedWorkbook(file);
          expect(statSync(file).size).toBeGreaterThan(50 * 1024 * 1024);
        }
        const out = join(tmp, 'out.xlsx');
        const json = join(tmp, 'r.json');
        const argv = [MAIN, 'check', ...(file === null ? [] : [file]), '--out', out, '--json', json, ...c.args];
        const run = spawnSync(process.execPath, argv, {
          cwd: BAD_DIR,
          encoding: 'utf8',
          env: { ...process.env, SOURCE_DATE_EPOCH: '1751356800' },
          timeout: 170_000,
          maxBuffer: 16 * 1024 * 1024,
        });
        expect(run.error).toBeUndefined();
        const context = `stderr: ${run.stderr}`;
        expect({ exit: run.status, context }).toEqual({ exit: c.exit, context });

        if (c.exit === 2) {
          const lines = run.stderr.replace(/\r?\n$/, '').split(/\r?\n/);
          expect(lines).toHaveLength(1);
          expect(lines[0].trim()).not.toBe('');
          expect(run.stderr).not.toContain('    at ');
          expect(existsSync(out)).toBe(false);
          expect(existsSync(json)).toBe(false);
          expect(readdirSync(tmp)).toEqual([]);
        } else {
          expect(existsSync(json)).toBe(true);
          const report = JSON.parse(readFileSync(json, 'utf8')) as { issues: Array<{ rule: string; severity: string }> };
          const rules = new Set(report.issues.map((issue) => issue.rule));
          for (const rule of c.rules) expect({ rule, found: rules.has(rule) }).toEqual({ rule, found: true });
          const errors = report.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.rule);
          if (c.exit === 0) expect(errors).toEqual([]);
          else expect(errors.length).toBeGreaterThan(0);
          expect(existsSync(out)).toBe(true);
          if (c.generated === '50mb') expect(statSync(out).size).toBeGreaterThan(50 * 1024 * 1024);
        }
        if (c.stderrIncludes !== null) expect(fold(run.stderr)).toContain(fold(c.stderrIncludes));
        expect(readdirSync(BAD_DIR).sort()).toEqual(before);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
