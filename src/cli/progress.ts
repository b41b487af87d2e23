import type { Progress } from '../core';

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
    read: (sheet: string) => say(`đọc trang “${sheet}” / reading sheet "${sheet}"`),
    /** Called by the engine as it moves through its phases. */
    phase: (p: Progress) => {
      if (p.phase === lastPhase || p.phase === 'read') return;
      lastPhase = p.phase;
      say(p.phase === 'check' ? `kiểm tra ${p.total} dòng / checking ${p.total} rows` : 'ghi kết quả / writing the result');
    },
    /** Called once everything is written. */
    done: () => say('xong / done'),
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
      if (done % every === 0 || done === total) say(`đã đọc ${done}/${total} đơn vị / read ${done}/${total} units`);
    },
    /** Called before the output is written. */
    writing: () => say('ghi kết quả / writing the result'),
    /** Called once everything is written. */
    done: () => say('xong / done'),
  };
}
