import { closeSync, existsSync, openSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { CLI_MESSAGES, inBothLanguages } from '../core';
import { CliError } from './messages';

/** What a written file holds: bytes, text, or text in pieces (a large JSON report, never joined into one string). */
export type FileData = Uint8Array | string | Iterable<string>;

/** Bytes of UTF-8 gathered before each write of a file that comes in pieces. */
const WRITE_BUFFER_BYTES = 1 << 20;

/**
 * Writes text pieces to an open file through one reused buffer: each piece is encoded into the buffer's free space
 * and the buffer is written when full, so no piece gets a fresh buffer of its own (memory touched for the first
 * time is slow to get, and a large report has thousands of pieces).
 */
function writePieces(fd: number, pieces: Iterable<string>): void {
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  const encoder = new TextEncoder();
  let used = 0;
  for (const piece of pieces) {
    let rest = piece;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, buffer.subarray(used));
      used += written;
      if (read === rest.length) break;
      writeSync(fd, buffer, 0, used);
      used = 0;
      rest = rest.slice(read);
    }
  }
  if (used > 0) writeSync(fd, buffer, 0, used);
}

/** Writes one file's data to a path, piece by piece when it comes in pieces. */
function writeData(path: string, data: FileData): void {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    writeFileSync(path, data);
    return;
  }
  const fd = openSync(path, 'w');
  try {
    writePieces(fd, data);
  } finally {
    closeSync(fd);
  }
}

/** A file to write: its path and its data, or the promise of it (the package, deflated in the background). */
export interface FileToWrite {
  readonly path: string;
  readonly data: FileData | Promise<FileData>;
}

/**
 * Writes files only after every one of them is ready: each goes to a temporary name first, in the order given, then
 * all are renamed. A disk failure becomes a one-line message; a failure to produce the data is rethrown as it was.
 * Either way, nothing is left behind.
 */
export async function writeAll(files: readonly FileToWrite[]): Promise<void> {
  const staged: Array<{ tmp: string; path: string }> = [];
  const removeStaged = (): void => {
    for (const s of staged) if (existsSync(s.tmp)) unlinkSync(s.tmp);
  };
  for (const file of files) {
    let data: FileData;
    try {
      data = await file.data;
    } catch (error) {
      removeStaged();
      throw error;
    }
    const tmp = `${file.path}.${process.pid}.tmp`;
    try {
      staged.push({ tmp, path: file.path });
      writeData(tmp, data);
    } catch (error) {
      removeStaged();
      throw new CliError(inBothLanguages(CLI_MESSAGES.cannotWrite, file.path, (error as Error).message));
    }
  }
  for (const s of staged) renameSync(s.tmp, s.path);
}
