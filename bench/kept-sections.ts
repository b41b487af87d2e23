/** Sections of bench/RESULTS.md written by other bench commands (e.g. `npm run bench:excel`), kept when `npm run bench` rewrites the file. */

/** Start and end markers of the Excel add-in section. */
export const EXCEL_SECTION = { start: '<!-- excel-syncs:start -->', end: '<!-- excel-syncs:end -->' } as const;

/** The marked section of `text`, or '' when it has none. */
export function sectionOf(text: string, marks: { readonly start: string; readonly end: string } = EXCEL_SECTION): string {
  const start = text.indexOf(marks.start);
  const end = text.indexOf(marks.end);
  return start >= 0 && end > start ? text.slice(start, end + marks.end.length) : '';
}

/** `text` with the marked section replaced by `section` (appended when absent). */
export function withSection(text: string, section: string, marks: { readonly start: string; readonly end: string } = EXCEL_SECTION): string {
  const old = sectionOf(text, marks);
  return old ? text.replace(old, section) : `${text.trimEnd()}\n\n${section}\n`;
}
