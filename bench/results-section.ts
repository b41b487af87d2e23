/** A section of bench/RESULTS.md that one benchmark owns, kept when another benchmark rewrites the file. */

/** The markers around the consolidation benchmark's section. */
export const CONSOLIDATE_SECTION = { start: '<!-- consolidate:start -->', end: '<!-- consolidate:end -->' } as const;

/** The markers around the Excel add-in's round-trip section (`npm run bench:excel`). */
export const EXCEL_SECTION = { start: '<!-- excel-syncs:start -->', end: '<!-- excel-syncs:end -->' } as const;

/** The markers around the offline web app's section (`npm run bench:web`). */
export const WEB_SECTION = { start: '<!-- web-app:start -->', end: '<!-- web-app:end -->' } as const;

/** The marked section of a text (markers included), or '' when it has none. */
export function sectionOf(text: string, marks: { readonly start: string; readonly end: string }): string {
  const a = text.indexOf(marks.start);
  const b = text.indexOf(marks.end, a);
  return a >= 0 && b > a ? text.slice(a, b + marks.end.length) : '';
}

/** The text with its marked section replaced by `section` (appended when it has none). */
export function withSection(text: string, marks: { readonly start: string; readonly end: string }, section: string): string {
  const old = sectionOf(text, marks);
  if (old) return text.replace(old, section);
  return `${text.trimEnd()}\n\n${section}\n`;
}
