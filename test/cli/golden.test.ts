import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './run-cli';

interface Expectation {
  readonly file: string;
  readonly args: readonly string[];
  readonly exit: number;
  readonly rules: readonly string[];
  readonly indicators: Readonly<Record<string, { band: string; override?: string }>>;
}

const FIXTURES = join(__dirname, '..', 'fixtures');
const GOLDEN = join(FIXTURES, 'golden');
const expectations = JSON.parse(readFileSync(join(FIXTURES, 'expectations.json'), 'utf8')) as { sample: Expectation; fixtures: Expectation[] };
const cases: Array<[string, Expectation]> = [
  ['chi-tieu-mau', expectations.sample],
  ...expectations.fixtures.map((f): [string, Expectation] => [f.file.replace(/\.xlsx$/, ''), f]),
];
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('golden reports of the fixture workbooks', () => {
  it.each(cases)('%s', async (name, expected) => {
    const run = await runCli(join(FIXTURES, expected.file), expected.args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(expected.exit);
    const report = run.report;
    if (!report) throw new Error('no report written');
    const rules = new Set<string>(report.issues.map((i) => i.rule));
    for (const rule of expected.rules) expect([rule, rules.has(rule)]).toEqual([rule, true]);
    for (const [code, want] of Object.entries(expected.indicators)) {
      const got = report.indicators.find((i) => i.code === code);
      expect([code, got?.band]).toEqual([code, want.band]);
      if (want.override) expect([code, got?.override]).toEqual([code, want.override]);
    }
    const goldenPath = join(GOLDEN, `${name}.json`);
    const text = JSON.stringify(report, null, 2) + '\n';
    if (UPDATE) writeFileSync(goldenPath, text);
    if (!existsSync(goldenPath)) throw new Error(`missing golden ${goldenPath}: run npm run golden:update and review it`);
    expect(text).toBe(readFileSync(goldenPath, 'utf8'));
  });
});
