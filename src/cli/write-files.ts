import { existsSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { CLI_MESSAGES, inBothLanguages } from '../core';
import { CliError } from './messages';

/** Writes files only after every one of them is ready: each goes to a temporary name first, then all are renamed. */
export function writeAll(files: ReadonlyArray<{ path: string; data: Uint8Array | string }>): void {
  const staged: Array<{ tmp: string; path: string }> = [];
  try {
    for (const file of files) {
      const tmp = `${file.path}.${process.pid}.tmp`;
      writeFileSync(tmp, file.data);
      staged.push({ tmp, path: file.path });
    }
  } catch (error) {
    for (const s of staged) if (existsSync(s.tmp)) unlinkSync(s.tmp);
    const path = files[staged.length]?.path ?? '';
    throw new CliError(inBothLanguages(CLI_MESSAGES.cannotWrite, path, (error as Error).message));
  }
  for (const s of staged) renameSync(s.tmp, s.path);
}

