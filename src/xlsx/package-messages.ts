/** What to tell the user for each problem with a workbook file itself: the message catalogue's entries by package error code (every host says the same). */
import type { Bilingual } from '../core';
import { PACKAGE_PROBLEMS } from '../core';
import type { XlsxErrorCode } from './errors';

/** What to tell the user, in Vietnamese and English, for each problem with the workbook file itself. */
export const PACKAGE_MESSAGES: Readonly<Record<XlsxErrorCode, Bilingual<string>>> = PACKAGE_PROBLEMS;
