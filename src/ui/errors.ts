/** One message for an error thrown by the host or the engine, saying what to do (never a stack trace). */
import type { Bilingual, Lang } from '../core';
import { CLI_MESSAGES, PACKAGE_PROBLEMS } from '../core';
import { XlsxError } from '../xlsx/errors';
import { paneText } from './i18n';

/** An error whose reason is a catalogue message in both languages; the pane shows the language the user chose. */
export class PaneError extends Error {
  /** The reason in Vietnamese and English. */
  readonly text: Bilingual<string>;

  /** Creates the error from its reason in both languages. */
  constructor(text: Bilingual<string>) {
    super(`${text.vi} (${text.en})`);
    this.text = text;
  }
}

/** The reason of a problem with a file the user picked, in the user's language; null for any other error. */
export function fileProblemText(error: unknown, lang: Lang): string | null {
  if (error instanceof PaneError) return error.text[lang];
  if (error instanceof XlsxError) return PACKAGE_PROBLEMS[error.code][lang];
  return null;
}

/** The user's message for a failure reading a file the user picked: the file's problem, or an unexpected failure with its detail. */
export function fileErrorText(error: unknown, lang: Lang): string {
  return fileProblemText(error, lang) ?? CLI_MESSAGES.unexpectedFailure[lang](error instanceof Error ? error.message : String(error));
}

/** The user's message for an unexpected error: Excel's code (or message) inside a sentence saying what to do. */
export function errorText(error: unknown, lang: Lang): string {
  const known = fileProblemText(error, lang);
  if (known !== null) return known;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const message = error instanceof Error ? error.message : String(error);
  return paneText(lang).officeError(code || message);
}
