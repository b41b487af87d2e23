/**
 * `chitieu consolidate UNIT.xlsx… --out TONG-HOP.xlsx`: checks every unit's report, one file at a time, and writes
 * the consolidated workbook (three owned sheets) and JSON report; exits 0, 1 (a unit has errors) or 2 (could not run).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ConsolidatedReport } from '../core';
import { checkOptionsFrom, CLI_MESSAGES, Consolidation, consolidationWords, generationTime, inBothLanguages, renderConsolidationSheets } from '../core';
import { loadCatalogueFile } from './catalogue-source';
import type { ConsolidateArgs } from './consolidate-args';
import { parseConsolidateArgs } from './consolidate-args';
import { CliError } from './messages';
import { unitProgressReporter } from './progress';
import { unitFiles } from './unit-files';
import { writeAll } from './write-files';
import { blankWorkbookBytes } from '../xlsx/blank-workbook';
import { openWorkbook } from '../xlsx/read-workbook';
import { emptyUnitListMessage, unitListNames } from '../xlsx/unit-files';
import { checkedWorkbookEntries } from '../xlsx/write-workbook';
import { DeflateWorker, packageAndReport } from './background-deflate';
import { checkedUnits } from './unit-checks';

/** The expected unit names of `--units` (a CSV or text list, or the first sheet of a workbook). */
function loadUnitList(path: string): string[] {
  if (!existsSync(path)) throw new CliError(inBothLanguages(CLI_MESSAGES.unitListNotFound, path));
  const names = unitListNames(path, readFileSync(path));
  if (names.length === 0) throw new CliError(emptyUnitListMessage(path));
  return names;
}

/** The workbook the owned sheets go into: --out itself when it is already a workbook, else a new one. */
function outputWorkbook(out: string) {
  if (!existsSync(out)) return openWorkbook(blankWorkbookBytes());
  try {
    return openWorkbook(readFileSync(out));
  } catch {
    throw new CliError(inBothLanguages(CLI_MESSAGES.outputNotWorkbook, out));
  }
}

/**
 * Unit files from which the worker that deflates the large parts is started before the units are read, so that it
 * is ready when they are (its ≈ 0,1 s start-up then overlaps the reading); with fewer, the output is small.
 */
const EARLY_DEFLATE_WORKER_UNITS = 50;

/** Runs `consolidate` and returns the exit code. */
export async function consolidate(argv: readonly string[]): Promise<number> {
  const args: ConsolidateArgs = parseConsolidateArgs(argv);
  const files = unitFiles(args.inputs, args.out);
  const loaded = args.catalogue ? loadCatalogueFile(args.catalogue) : undefined;
  // Issues point at the catalogue by its file name, the same on every machine (not the path typed).
  const catalogue = loaded && args.catalogue && extname(args.catalogue).toLowerCase() === '.csv' ? { ...loaded, name: basename(args.catalogue) } : loaded;
  const expected = args.units ? loadUnitList(args.units) : undefined;
  const target = outputWorkbook(args.out);
  const generatedAt = generationTime(process.env.SOURCE_DATE_EPOCH, new Date());
  const options = checkOptionsFrom({ catalogue, catalogueSheet: args.catalogue, lang: args.lang, thresholds: args.thresholds, numberStyle: args.numberStyle, generatedAt });
  const progress = unitProgressReporter(files.length);
  const consolidation = new Consolidation({ lang: args.lang, thresholds: args.thresholds, ...(catalogue ? { sharedCatalogue: catalogue.name } : {}) });
  const deflater = args.json && files.length >= EARLY_DEFLATE_WORKER_UNITS ? DeflateWorker.start() : undefined;
  let report: ConsolidatedReport;
  try {
    let checked = 0;
    for await (const check of checkedUnits(files, options)) {
      consolidation.add(check);
      progress.unit(++checked);
    }
    report = consolidation.report(expected);
    progress.writing();
    const sheets = renderConsolidationSheets({ report, lang: args.lang, thresholds: args.thresholds, generatedAt, ...(args.period ? { period: args.period } : {}) });
    const { entries } = checkedWorkbookEntries(target, { sheets, flags: [] });
    await writeAll(packageAndReport(args.out, entries, args.json ? { path: args.json, report } : undefined, deflater));
  } finally {
    void deflater?.stop();
  }
  progress.done();
  const words = consolidationWords(args.lang);
  const withErrors = report.units.filter((u) => u.errors > 0).map((u) => u.name);
  const done = CLI_MESSAGES.written[args.lang](args.out);
  process.stdout.write([report.completeness, words.unitsWithErrors(withErrors), done].join('\n') + '\n');
  return consolidation.hasErrors() ? 1 : 0;
}
