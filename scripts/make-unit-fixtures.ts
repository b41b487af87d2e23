/**
 * Writes the consolidation fixtures of test/fixtures/units/ (SPEC §10): unit forms, an unreadable file, the
 * catalogue and the expected unit list. Run: npm run fixtures:units
 */
import { join } from 'node:path';
import { repoRoot } from './fixture-sheets';
import { writeUnitFixtures } from './fixture-units';

if (require.main === module) {
  writeUnitFixtures(join(repoRoot(), 'test', 'fixtures', 'units')).then(
    (files) => console.log(`${files.length} files written:\n${files.join('\n')}`),
    (err: unknown) => {
      console.error(err instanceof Error ? err.stack : String(err));
      process.exit(1);
    },
  );
}
