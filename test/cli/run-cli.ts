import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core';
import { main } from '../../src/cli/main';

/** What one in-process CLI run gave: exit code, report, output path and the console text. */
export interface CliRun {
  readonly code: number;
  readonly report: Report | null;
  readonly out: string;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `chitieu check FILE …args` in-process, writing into a fresh temp folder. */
export async function runCli(file: string, args: readonly string[] = []): Promise<CliRun> {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-'));
  const out = join(dir, 'out.xlsx');
  const json = join(dir, 'report.json');
  let stdout = '';
  let stderr = '';
  const write = (sink: 'out' | 'err') => (chunk: string | Uint8Array) => {
    if (sink === 'out') stdout += String(chunk);
    else stderr += String(chunk);
    return true;
  };
  const spyOut = jest.spyOn(process.stdout, 'write').mockImplementation(write('out'));
  const spyErr = jest.spyOn(process.stderr, 'write').mockImplementation(write('err'));
  try {
    const code = await main(['check', file, '--out', out, '--json', json, ...args]);
    let report: Report | null = null;
    try {
      report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    } catch {
      report = null;
    }
    return { code, report, out, stdout, stderr };
  } finally {
    spyOut.mockRestore();
    spyErr.mockRestore();
  }
}
