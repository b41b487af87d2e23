/** One message for an error thrown by the host or the engine, saying what to do (never a stack trace). */
import type { Lang } from '../core';
import { paneText } from './i18n';

/** The user's message for an unexpected error: Excel's code (or message) inside a sentence saying what to do. */
export function errorText(error: unknown, lang: Lang): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const message = error instanceof Error ? error.message : String(error);
  return paneText(lang).officeError(code || message);
}
