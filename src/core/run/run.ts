import type { CatalogueSource, CheckOptions, CheckOutcome, FailureKind, RunFailure, WorkbookLayout, WriteChoice } from '../model/api';
import type { Catalogue } from '../model/catalogue';
import { readCatalogue } from '../catalogue/read-catalogue';
import { dataHeader, findCatalogueSheet, catalogueHeader } from './discover';
import { evaluate } from '../evaluate/evaluate';
import { dictionary, fill } from '../i18n';
import type { ReportTextKey } from '../i18n/types';
import type { Lang, NumberStyle, SheetData } from '../model/model';
import type { ProgressListener, WorkbookPort } from '../model/port';
import { buildReport, severityCounts, sortIssues } from './report';
import { flagsOf } from '../render/flags';
import type { SheetFlags, SheetModel } from '../model/sheet-model';
import { renderSummarySheet } from '../render/summary-sheet';
import { renderValidationSheet } from '../render/validation-sheet';
import { overriddenCount, summarize } from './summary';
import { readDataSheets } from './read-data-sheets';
import { nameKey } from '../forms/name-key';
import { nameIndex } from '../forms/name-match';
import { selfCatalogue } from '../catalogue/self-catalogue';

/** True when a sheet's data header has a target column (a form that can be its own catalogue). */
function hasTargetColumn(sheet: SheetData): boolean {
  return dataHeader(sheet)?.columns.some((c) => c.kind === 'target') ?? false;
}

/** Builds a run failure with its message in the given language. */
export function runFailure(failure: FailureKind, params: Record<string, string>, lang: Lang): RunFailure {
  return { failure, params, message: failureMessage(failure, params, lang) };
}

/** The text of each run failure. */
const FAILURE_TEXT: Readonly<Record<FailureKind, ReportTextKey>> = {
  'no-catalogue': 'failNoCatalogue',
  'no-data-sheet': 'failNoDataSheet',
  'unknown-sheet': 'failUnknownSheet',
  'catalogue-empty': 'failCatalogueEmpty',
  'unknown-column': 'failUnknownColumn',
};

/** The one-line message of a run failure in a language. */
export function failureMessage(failure: FailureKind, params: Readonly<Record<string, string>>, lang: Lang): string {
  return fill(dictionary(lang).text[FAILURE_TEXT[failure]], params);
}

/** True when a run result is a failure rather than an outcome. */
export function isRunFailure(x: CheckOutcome | RunFailure): x is RunFailure {
  return 'failure' in x;
}

/** Catalogues read from a sheet given in the options, kept while that sheet is: many units checked against one file read it once. */
const givenCatalogues = new WeakMap<SheetData, { readonly style: NumberStyle; readonly catalogue: Catalogue | null }>();

/** The catalogue of a sheet (null without a catalogue header), read once per sheet and number style. */
function catalogueOf(sheet: SheetData, style: NumberStyle): Catalogue | null {
  const known = givenCatalogues.get(sheet);
  if (known?.style === style) return known.catalogue;
  const header = catalogueHeader(sheet);
  const catalogue = header ? readCatalogue(sheet, header, style) : null;
  givenCatalogues.set(sheet, { style, catalogue });
  return catalogue;
}

/** Reads the first rows of every sheet ChiTieu does not own, to find the catalogue and the data sheets. */
async function readHeads(port: WorkbookPort): Promise<{ names: string[]; heads: SheetData[] }> {
  const sheets = await port.listSheets();
  const names = sheets.filter((s) => !s.owned).map((s) => s.name);
  const heads: SheetData[] = [];
  for (const name of names) heads.push(await port.readSheet(name, { maxRows: 30 }));
  return { names, heads };
}

/** Finds the catalogue and the data sheets (with their actual columns) so a host can offer sensible defaults. */
export async function describeWorkbook(port: WorkbookPort): Promise<WorkbookLayout> {
  const { names, heads } = await readHeads(port);
  const catalogueSheet = findCatalogueSheet(heads);
  const dataSheets = heads
    .filter((s) => s.name !== catalogueSheet)
    .map((s) => ({ name: s.name, header: dataHeader(s) }))
    .filter((s) => s.header !== undefined)
    .map((s) => ({ name: s.name, actualColumns: (s.header?.columns ?? []).filter((c) => c.kind === 'actual').map((c) => c.text) }));
  return { sheets: names, catalogueSheet, dataSheets };
}

/**
 * Runs a whole check through a port: finds and reads the catalogue and data sheets, assesses every
 * indicator, renders the owned sheets and flags, and writes what `write` asks for. Problems in the data
 * come back as issues; a run that cannot start comes back as a RunFailure with nothing written.
 */
export async function runCheck(port: WorkbookPort, options: CheckOptions, write: WriteChoice, onProgress?: ProgressListener): Promise<CheckOutcome | RunFailure> {
  const { lang, thresholds } = options;
  const { names, heads } = await readHeads(port);
  const exists = (name: string) => names.includes(name);
  for (const name of [...(options.dataSheets ?? []), ...(options.catalogue ? [] : [options.catalogueSheet ?? ''])]) {
    if (name && !exists(name)) return runFailure('unknown-sheet', { sheet: name }, lang);
  }
  const catalogueName = options.catalogue ? null : options.catalogueSheet ?? findCatalogueSheet(heads);
  // No catalogue at all: the form is its own catalogue when its data sheets have a target column (SPEC §2.2).
  const selfMode = !options.catalogue && !catalogueName;
  let catalogue: Catalogue | null = null;
  if (!selfMode) {
    const catalogueSheet = options.catalogue ?? (await port.readSheet(catalogueName as string, { onProgress }));
    catalogue = catalogueOf(catalogueSheet, options.numberStyle);
    if (!catalogue || catalogue.entries.length === 0) return runFailure('catalogue-empty', { sheet: catalogueSheet.name }, lang);
  }

  const dataNames = options.dataSheets?.length ? [...options.dataSheets] : heads.filter((s) => s.name !== catalogueName && dataHeader(s) && (!selfMode || hasTargetColumn(s))).map((s) => s.name);
  if (dataNames.length === 0) return runFailure(selfMode ? 'no-catalogue' : 'no-data-sheet', {}, lang);
  const index = catalogue && nameIndex(catalogue.entries);
  const knownName = (name: string) => index !== null && index.byKey.has(nameKey(name));
  const data = await readDataSheets(port, dataNames, options.actualColumn, knownName, onProgress);
  if ('failure' in data) return runFailure('unknown-column', data.failure, lang);
  if (selfMode && data.targetHeaders.length === 0) return runFailure('no-catalogue', {}, lang);
  const self = selfMode ? selfCatalogue(data.rows, options.numberStyle) : null;
  const used = (self?.catalogue ?? catalogue) as Catalogue;

  onProgress?.({ phase: 'check', done: 0, total: data.rows.length });
  const evaluation = evaluate(used, data.rows, { style: options.numberStyle, thresholds }, self?.entryOf);
  const issues = sortIssues([...data.issues, ...evaluation.issues]);
  const dict = dictionary(lang);
  const summary = summarize(evaluation.results, dict.text.otherField);
  const narrative = dict.narrative({ ...summary.bands, total: summary.total, ...thresholds, overridden: overriddenCount(evaluation.results) });
  const counts = severityCounts(issues);
  const source: CatalogueSource = self ? { source: 'self', name: data.targetHeaders[0] } : { source: options.catalogue ? 'file' : 'sheet', name: used.sheet };
  const report = buildReport(evaluation.results, issues, summary, lang, thresholds, source);
  onProgress?.({ phase: 'check', done: data.rows.length, total: data.rows.length });

  // Rendered on first use: a run that writes nothing (a unit read for consolidation) never pays for them.
  let validationSheet: SheetModel | undefined;
  let summarySheet: SheetModel | undefined;
  let flags: readonly SheetFlags[] | undefined;
  const written: CheckOutcome['written'] = {};
  const outcome: CheckOutcome = {
    report,
    narrative,
    counts,
    get validationSheet(): SheetModel {
      return (validationSheet ??= renderValidationSheet({ lang, generatedAt: options.generatedAt, issues: report.issues, counts, sheets: new Set(names) }));
    },
    get summarySheet(): SheetModel {
      return (summarySheet ??= renderSummarySheet({ lang, thresholds, generatedAt: options.generatedAt, results: evaluation.results, summary, narrative, dataSheets: dataNames, period: options.period, ...(self ? { targetsFrom: source.name } : {}) }));
    },
    get flags(): readonly SheetFlags[] {
      return (flags ??= flagsOf(evaluation.results, dataNames));
    },
    written,
  };
  onProgress?.({ phase: 'write', done: 0, total: 1 });
  if (write.flags) for (const f of outcome.flags) await port.setFlags(f);
  if (write.validation) written.validation = await port.writeOwnedSheet(outcome.validationSheet);
  if (write.summary) written.summary = await port.writeOwnedSheet(outcome.summarySheet);
  onProgress?.({ phase: 'write', done: 1, total: 1 });
  return outcome;
}
