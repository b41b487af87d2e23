import type { Progress } from '../core';
import { inBothLanguages, PROGRESS_MESSAGES } from '../core';
import { slashed } from './messages';

/** Files at least this large get progress lines on stderr. */
export const PROGRESS_MIN_BYTES = 2 * 1024 * 1024;

/** Progress callbacks for the CLI: silent for small files, one stderr line per phase for large ones. */
export function progressReporter(fileBytes: number, stream: NodeJS.WriteStream = process.stderr) {
  const enabled = fileBytes >= PROGRESS_MIN_BYTES;
  const started = Date.now();
  const say = (text: string) => {
    if (enabled) stream.write(`ChiTieu: ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  };
  let lastPhase = '';
  return {
    /** Called when a whole sheet is about to be read. */
    read: (sheet: string) => say(slashed(inBothLanguages(PROGRESS_MESSAGES.readingSheet, sheet))),
    /** Called by the engine as it moves through its phases. */
    phase: (p: Progress) => {
      if (p.phase === lastPhase || p.phase === 'read') return;
      lastPhase = p.phase;
      say(slashed(p.phase === 'check' ? inBothLanguages(PROGRESS_MESSAGES.checkingRows, p.total) : PROGRESS_MESSAGES.writing));
    },
    /** Called once everything is written. */
    done: () => say(slashed(PROGRESS_MESSAGES.done)),
  };
}

/** Runs with at least this many unit files get progress lines on stderr. */
export const UNIT_PROGRESS_MIN = 50;

/** Progress of a consolidation on stderr: about twenty lines for a big run, nothing for a small one. */
export function unitProgressReporter(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const enabled = total >= UNIT_PROGRESS_MIN;
  const every = Math.max(1, Math.floor(total / 20));
  const started = Date.now();
  const say = (text: string) => {
    if (enabled) stream.write(`ChiTieu: ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  };
  return {
    /** Called after each unit file is read and checked. */
    unit: (done: number) => {
      if (done % every === 0 || done === total) say(slashed(inBothLanguages(PROGRESS_MESSAGES.unitsRead, done, total)));
    },
    /** Called before the output is written. */
    writing: () => say(slashed(PROGRESS_MESSAGES.writing)),
    /** Called once everything is written. */
    done: () => say(slashed(PROGRESS_MESSAGES.done)),
  };
}
