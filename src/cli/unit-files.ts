/** Turns `consolidate`'s file arguments (files, folders, glob patterns) into the list of unit files to read. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CLI_MESSAGES, inBothLanguages } from '../core';
import { byFileName as byName, isUnitWorkbookName } from '../xlsx/unit-files';
import { CliError } from './messages';

/** True for a pattern with glob characters. */
function isPattern(text: string): boolean {
  return /[*?[]/.test(text);
}

/** A matcher for one glob segment: `*` any run, `?` one character, `[…]` a class (case-insensitive, like Windows). */
function segmentMatcher(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') source += '[^/\\\\]*';
    else if (c === '?') source += '[^/\\\\]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) source += '\\[';
      else {
        source += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'iu');
}

/** Workbook files directly in a folder, by name, without Excel's `~$` lock files. */
function folderWorkbooks(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => isUnitWorkbookName(name) && !name.startsWith('~$'))
    .sort(byName)
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

/** Files matching a pattern whose glob characters are in its last segment ("bao-cao/*.xlsx"). */
function globFiles(pattern: string): string[] {
  const folder = dirname(pattern);
  if (isPattern(folder)) throw new CliError(inBothLanguages(CLI_MESSAGES.wildcardInFolder, pattern));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  const match = segmentMatcher(basename(pattern));
  return readdirSync(folder)
    .filter((name) => match.test(name) && !name.startsWith('~$'))
    .sort(byName)
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

/**
 * The unit files in argument order: a file as given (whatever its type: a non-workbook becomes an unreadable
 * unit), a folder's .xlsx/.xlsm files, a pattern's matches; each file once, never the output file itself.
 * A missing file, an empty folder or a pattern that matches nothing stops the run (exit 2).
 */
export function unitFiles(inputs: readonly string[], out: string): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const outPath = resolve(out);
  for (const input of inputs) {
    let found: string[];
    if (existsSync(input) && statSync(input).isDirectory()) found = folderWorkbooks(input);
    else if (existsSync(input)) found = [input];
    else if (isPattern(input)) found = globFiles(input);
    else throw new CliError(inBothLanguages(CLI_MESSAGES.fileNotFound, input));
    if (found.length === 0) throw new CliError(inBothLanguages(CLI_MESSAGES.noWorkbookAt, input));
    for (const file of found) {
      const key = resolve(file);
      if (key === outPath) {
        if (found.length === 1 && found[0] === input) throw new CliError(inBothLanguages(CLI_MESSAGES.outputIsUnit, out));
        continue;
      }
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(file);
    }
  }
  if (files.length === 0) throw new CliError(CLI_MESSAGES.noUnitFiles);
  return files;
}
