import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormFixtureOptions } from '../../scripts/forms/form-fixture';
import { runCli } from './run-cli';

const FORMS = join(__dirname, '..', 'fixtures', 'forms');
const GOLDEN = join(FORMS, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** The options written beside a form fixture (args, expected exit), or the defaults. */
function optionsOf(file: string): FormFixtureOptions {
  const path = join(FORMS, file.replace(/\.xlsx$/, '.options.json'));
  if (!existsSync(path)) throw new Error(`missing ${path}: run npm run fixtures:forms`);
  return JSON.parse(readFileSync(path, 'utf8')) as FormFixtureOptions;
}

const files = readdirSync(FORMS).filter((f) => f.endsWith('.xlsx')).sort();

describe('golden reports of the report-form fixtures', () => {
  it('has form fixtures to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s', async (file) => {
    const options = optionsOf(file);
    const run = await runCli(join(FORMS, file), options.args);
    expect(run.code).toBe(options.exit);
    if (options.exit === 2) {
      expect(run.report).toBeNull();
      expect(run.stderr).not.toBe('');
      return;
    }
    expect(run.stderr).toBe('');
    if (!run.report) throw new Error('no report written');
    const goldenPath = join(GOLDEN, file.replace(/\.xlsx$/, '.json'));
    const text = JSON.stringify(run.report, null, 2) + '\n';
    if (UPDATE) writeFileSync(goldenPath, text);
    if (!existsSync(goldenPath)) throw new Error(`missing golden ${goldenPath}: run npm run golden:update and review it`);
    expect(text).toBe(readFileSync(goldenPath, 'utf8'));
  });
});
