import { closeSync, existsSync, openSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { CLI_MESSAGES, inBothLanguages } from '../core';
import { CliError } from './messages';

/** What a written file holds: bytes, text, or text in pieces (a large JSON report, never joined into one string). */
export type FileData = Uint8Array | string | Iterable<string>;

/** Writes one file's data to a path, piece by piece when it comes in pieces. */
function writeData(path: string, data: FileData): void {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    writeFileSync(path, data);
    return;
  }
  const fd = openSync(path, 'w');
  try {
    // A Buffer is written several times faster than the same text handed to writeSync as a string.
    for (const piece of data) writeSync(fd, Buffer.from(piece, 'utf8'));
  } finally {
    closeSync(fd);
  }
}

/** Writes files only after every one of them is ready: each goes to a temporary name first, then all are renamed. */
export function writeAll(files: ReadonlyArray<{ path: string; data: FileData }>): void {
  const staged: Array<{ tmp: string; path: string }> = [];
  try {
    for (const file of files) {
      const tmp = `${file.path}.${process.pid}.tmp`;
      writeData(tmp, file.data);
      staged.push({ tmp, path: file.path });
    }
  } catch (error) {
    for (const s of staged) if (existsSync(s.tmp)) unlinkSync(s.tmp);
    const path = files[staged.length]?.path ?? '';
    throw new CliError(inBothLanguages(CLI_MESSAGES.cannotWrite, path, (error as Error).message));
  }
  for (const s of staged) renameSync(s.tmp, s.path);
}

