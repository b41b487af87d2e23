import type { Bilingual as CatalogueBilingual } from '../core';
import { CLI_MESSAGES } from '../core';

/** A message in both languages: the CLI prints Vietnamese, then English, on one line. */
export type Bilingual = CatalogueBilingual<string>;

/** An error that stops the CLI before anything is written (exit code 2). */
export class CliError extends Error {
  /** The bilingual one-line reason. */
  readonly text: Bilingual;

  /** Creates the error from its Vietnamese and English wording. */
  constructor(text: Bilingual) {
    super(text.en);
    this.text = text;
  }
}

/** A short text as the command line prints it in both languages: Vietnamese / English. */
export function slashed(text: Bilingual): string {
  return `${text.vi} / ${text.en}`;
}

/** One stderr line with both languages. */
export function oneLine(text: Bilingual): string {
  return `${CLI_MESSAGES.errorLine.vi(text.vi)} | ${CLI_MESSAGES.errorLine.en(text.en)}`.replace(/\s*\n\s*/g, ' ');
}
