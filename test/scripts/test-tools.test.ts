import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = join(__dirname, '..', '..', 'scripts', 'test-tools.sh');

/** A PATH holding only the shell utilities the script needs, none of the test tools and no apt-get. */
function barePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-bare-'));
  for (const tool of ['bash', 'id', 'sleep']) symlinkSync(spawnSync('bash', ['-c', `command -v ${tool}`]).stdout.toString().trim(), join(dir, tool));
  return dir;
}

describe('test tool setup', () => {
  it('passes silently when Chromium, LibreOffice and poppler are present', () => {
    const run = spawnSync('bash', [script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('says in both languages what to install when the tools are missing and apt-get is not there', () => {
    const run = spawnSync(join(barePath(), 'bash'), [script], { encoding: 'utf8', env: { PATH: barePath() } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Cần cài Chromium, LibreOffice Calc và poppler-utils/);
    expect(run.stderr).toMatch(/Install Chromium, LibreOffice Calc and poppler-utils/);
  });
});
