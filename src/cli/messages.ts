/** A message in both languages: the CLI prints Vietnamese, then English, on one line. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

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

/** One stderr line with both languages. */
export function oneLine(text: Bilingual): string {
  return `Lỗi: ${text.vi} | Error: ${text.en}`.replace(/\s*\n\s*/g, ' ');
}

/** What to tell the user for each problem with the workbook file itself (shared with every host, in src/xlsx). */
export { PACKAGE_MESSAGES } from '../xlsx/package-messages';
