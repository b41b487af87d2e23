/**
 * Writes the report-form fixtures of test/fixtures/forms/ (one generator file per form) with an options
 * file beside each. Run: npm run fixtures:forms. To add a form: write scripts/forms/NAME.ts exporting a
 * FormFixture and list it below.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../fixture-sheets';
import type { FormFixture } from './form-fixture';
import { writeFormFixture } from './form-fixture';
import { annualDistrictReport } from './annual-district-report';
import { bieuSo01Relative } from './bieu-so-01-relative';
import { communeNoBaseline } from './commune-no-baseline';
import { breakdownExceedsTotal } from './breakdown-exceeds-total';
import { congressResolutionAppendix } from './congress-resolution-appendix';
import { englishForm } from './english-form';
import { libreofficeSaved } from './libreoffice-saved';
import { nestedStt } from './nested-stt';
import { tableBelowSignature } from './table-below-signature';
import { threeHeaderRows } from './three-header-rows';
import { midtermOverrides } from './midterm-overrides';
import { sixMonthReport } from './six-month-report';
import { statedRateFormulas } from './stated-rate-formulas';

/** Every form fixture. */
export const FORM_FIXTURES: readonly FormFixture[] = [
  annualDistrictReport,
  congressResolutionAppendix,
  threeHeaderRows,
  nestedStt,
  libreofficeSaved,
  englishForm,
  tableBelowSignature,
  breakdownExceedsTotal,
  sixMonthReport,
  statedRateFormulas,
  midtermOverrides,
  bieuSo01Relative,
  communeNoBaseline,
];

/** Writes every form fixture (or those named) under `dir` (default test/fixtures/forms). */
export async function makeFormFixtures(dir = join(repoRoot(), 'test', 'fixtures', 'forms'), only: readonly string[] = []): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const fx of FORM_FIXTURES) {
    if (only.length > 0 && !only.some((name) => fx.file.startsWith(name))) continue;
    written.push(...(await writeFormFixture(fx, dir)));
  }
  return written;
}

if (require.main === module) {
  makeFormFixtures(undefined, process.argv.slice(2)).then(
    (files) => console.log(`${files.length} files written:\n${files.join('\n')}`),
    (err: unknown) => {
      console.error(err instanceof Error ? err.stack : String(err));
      process.exit(1);
    },
  );
}
