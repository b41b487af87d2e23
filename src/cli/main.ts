#!/usr/bin/env node
/**
 * `chitieu check WORKBOOK.xlsx [options]`: checks a workbook against its catalogue, writes the checked
 * copy and the JSON report, and exits 0 (no errors), 1 (errors found) or 2 (could not run).
 */
import { useNativeZlib } from './native-zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { checkOptionsFrom, CLI_MESSAGES, dictionary, failureMessage, fill, generationTime, inBothLanguages, isRunFailure, perLanguage, runCheck } from '../core';
import type { CheckArgs } from './args';
import { parseCheckArgs, USAGE } from './args';
import { loadCatalogueFile } from './catalogue-source';
import { consolidate } from './consolidate';
import { CONSOLIDATE_USAGE } from './consolidate-args';
import { FilePort } from '../xlsx/file-port';
import { CliError, oneLine } from './messages';
import { PACKAGE_MESSAGES } from '../xlsx/package-messages';
import { progressReporter } from './progress';
import { XlsxError } from '../xlsx/errors';
import { openWorkbook } from '../xlsx/read-workbook';
import { writeAll } from './write-files';
import { packageAndReport } from './background-deflate';

/** Where the checked workbook goes: --out, the input itself with --in-place, else NAME.checked.xlsx beside it. */
export function outputPath(args: CheckArgs): string {
  if (args.inPlace) return args.workbook;
  if (args.out) return args.out;
  const ext = extname(args.workbook);
  return join(dirname(args.workbook), `${basename(args.workbook, ext)}.checked${ext.toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx'}`);
}

/** Reads the input workbook file, refusing what is not there or not an .xlsx package. */
function readInput(path: string): Buffer {
  if (!existsSync(path) || !statSync(path).isFile()) throw new CliError(inBothLanguages(CLI_MESSAGES.fileNotFound, path));
  return readFileSync(path);
}

/** Runs `check` and returns the exit code. */
async function check(argv: readonly string[]): Promise<number> {
  const args = parseCheckArgs(argv);
  const out = outputPath(args);
  if (!args.inPlace && resolve(out) === resolve(args.workbook)) throw new CliError(CLI_MESSAGES.outputIsInput);
  if (extname(args.workbook).toLowerCase() === '.xls') throw new CliError(PACKAGE_MESSAGES['legacy-xls']);
  const bytes = readInput(args.workbook);
  const workbook = openWorkbook(bytes);
  const catalogue = args.catalogue ? loadCatalogueFile(args.catalogue) : undefined;
  const progress = progressReporter(bytes.length);
  const port = new FilePort(workbook, progress.read);
  const options = checkOptionsFrom({
    dataSheets: args.sheets,
    catalogue,
    catalogueSheet: args.catalogue,
    actualColumn: args.actualColumn,
    period: args.period,
    lang: args.lang,
    thresholds: args.thresholds,
    numberStyle: args.numberStyle,
    generatedAt: generationTime(process.env.SOURCE_DATE_EPOCH, new Date()),
  });
  const outcome = await runCheck(port, options, { validation: true, summary: true, flags: true }, progress.phase);
  if (isRunFailure(outcome)) throw new CliError(perLanguage((lang) => failureMessage(outcome.failure, outcome.params, lang)));
  await writeAll(packageAndReport(out, port.commitEntries().entries, args.json ? { path: args.json, report: outcome.report } : undefined));
  progress.done();
  const { error, warning, info } = outcome.counts;
  const lines = [outcome.narrative, CLI_MESSAGES.checkCounts[args.lang](error, warning, info), CLI_MESSAGES.written[args.lang](out)];
  if (outcome.report.catalogue.source === 'self') lines.unshift(fill(dictionary(args.lang).text.targetsFromForm, { column: outcome.report.catalogue.name }));
  process.stdout.write(lines.join('\n') + '\n');
  return error > 0 ? 1 : 0;
}

/** Entry point: dispatches the command and turns every failure into one bilingual line and exit code 2. */
export async function main(argv: readonly string[]): Promise<number> {
  useNativeZlib();
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) {
    process.stdout.write(`${USAGE}\n${CONSOLIDATE_USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  try {
    if (command === 'consolidate') return await consolidate(rest);
    if (command !== 'check') throw new CliError(inBothLanguages(CLI_MESSAGES.unknownCommand, command));
    return await check(rest);
  } catch (error) {
    if (error instanceof CliError) process.stderr.write(oneLine(error.text) + '\n');
    else if (error instanceof XlsxError) process.stderr.write(oneLine(PACKAGE_MESSAGES[error.code]) + '\n');
    else process.stderr.write(oneLine(inBothLanguages(CLI_MESSAGES.unexpectedFailure, String((error as Error)?.message ?? error))) + '\n');
    return 2;
  }
}

/**
 * Ends the process with `code` once what was written to the console has gone out, without tearing down the heap
 * piece by piece first (after a large run that takes longer than the run's last step). Every file is written by then.
 */
function exitWhenFlushed(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

if (require.main === module) {
  void main(process.argv.slice(2)).then(exitWhenFlushed);
}
