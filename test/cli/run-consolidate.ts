import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConsolidatedReport } from '../../src/core';
import { main } from '../../src/cli/main';

/** Folder of the consolidation fixtures (test/fixtures/units). */
export const UNITS = join(__dirname, '..', 'fixtures', 'units');

/** What one in-process `consolidate` run gave. */
export interface ConsolidateRun {
  readonly code: number;
  readonly report: ConsolidatedReport | null;
  readonly out: string;
  readonly json: string;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `chitieu consolidate …args --out DIR/out.xlsx --json DIR/report.json` in-process (DIR a fresh temp folder unless given). */
export async function runConsolidate(args: readonly string[], dir = mkdtempSync(join(tmpdir(), 'chitieu-tong-hop-'))): Promise<ConsolidateRun> {
  const out = join(dir, 'out.xlsx');
  const json = join(dir, 'report.json');
  let stdout = '';
  let stderr = '';
  const spyOut = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const spyErr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await main(['consolidate', ...args, '--out', out, '--json', json]);
    let report: ConsolidatedReport | null = null;
    try {
      report = JSON.parse(readFileSync(json, 'utf8')) as ConsolidatedReport;
    } catch {
      report = null;
    }
    return { code, report, out, json, stdout, stderr };
  } finally {
    spyOut.mockRestore();
    spyErr.mockRestore();
  }
}
