/** The web app's section of bench/RESULTS.md: written between markers by bench/web.ts, kept by bench/run.ts. */
import { existsSync, readFileSync } from 'node:fs';

const START = '<!-- web-app:start -->';
const END = '<!-- web-app:end -->';

/** The marked web-app section of a RESULTS.md text, markers included, or '' when there is none. */
export function webSection(text: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  return start >= 0 && end > start ? text.slice(start, end + END.length) : '';
}

/** The web-app section currently in a file (for bench/run.ts to carry over when it rewrites the file). */
export function webSectionOf(path: string): string {
  return existsSync(path) ? webSection(readFileSync(path, 'utf8')) : '';
}

/** `text` with its web-app section replaced by `body` (wrapped in the markers), or with it appended. */
export function withWebSection(text: string, body: string): string {
  const section = `${START}\n${body.trim()}\n${END}`;
  const old = webSection(text);
  return old ? text.replace(old, section) : `${text.trimEnd()}\n\n${section}\n`;
}
