/**
 * The shape of a generated fixture (catalogue, report sheets, extras) with what the checker should
 * conclude, and the code that turns one into a workbook and an expectations entry.
 */
import type { Workbook } from 'exceljs';
import type { Band, RuleId } from '../src/core/model/model';
import { indicatorRow } from './fixture-layout';
import type { CatalogueEntry, RowExtras } from './fixture-layout';
import { addCatalogueSheet, addReportSheet } from './fixture-sheets';
import type { SheetOptions } from './fixture-sheets';
import { newWorkbook, saveWorkbook } from './fixture-xlsx';
import type { Cell, RowExpectation, TableRow } from './fixture-xlsx';

/** One report sheet of a fixture. */
export interface FixtureSheet {
  readonly name: string;
  readonly rows: readonly TableRow[];
  readonly options?: SheetOptions;
}

/** A workbook fixture and the result a correct checker gives for it. */
export interface Fixture {
  readonly file: string;
  /** What the fixture exercises, in a sentence. */
  readonly about: string;
  /** Extra CLI arguments the expectation assumes. */
  readonly args?: readonly string[];
  /** Expected exit status of `chitieu check`. */
  readonly exit: 0 | 1;
  readonly catalogue: readonly CatalogueEntry[];
  readonly catalogueName?: string;
  readonly catalogueOptions?: SheetOptions;
  readonly sheets: readonly FixtureSheet[];
  /** Rules expected beyond those carried by rows (e.g. missing-indicator). */
  readonly extraRules?: readonly RuleId[];
  /** Bands of indicators without a row. */
  readonly extraBands?: Readonly<Record<string, Band>>;
  /** Adds the fixture's own sheets, names, styles … after the standard ones. */
  readonly decorate?: (wb: Workbook) => void;
  /** Put the user's sheets before the catalogue (default: catalogue first). */
  readonly catalogueLast?: boolean;
}

/** The expectations entry written for a fixture. */
export interface FixtureExpectation {
  readonly file: string;
  readonly about: string;
  readonly args: readonly string[];
  readonly exit: 0 | 1;
  readonly rules: readonly RuleId[];
  readonly indicators: Readonly<Record<string, RowExpectation>>;
}

/** Builds the fixture's workbook (not yet saved). */
export function buildFixture(fx: Fixture): Workbook {
  const wb = newWorkbook();
  if (!fx.catalogueLast) addCatalogueSheet(wb, fx.catalogue, fx.catalogueName, fx.catalogueOptions);
  for (const sheet of fx.sheets) addReportSheet(wb, sheet.name, sheet.rows, sheet.options);
  if (fx.catalogueLast) addCatalogueSheet(wb, fx.catalogue, fx.catalogueName, fx.catalogueOptions);
  fx.decorate?.(wb);
  return wb;
}

/** Builds and saves a fixture into a folder. */
export async function writeFixture(fx: Fixture, dir: string, transform?: (wb: Workbook) => void): Promise<void> {
  const wb = buildFixture(fx);
  transform?.(wb);
  await saveWorkbook(wb, `${dir}/${fx.file}`);
}

/** What the checker should report for a fixture: exit, rules and per-indicator bands. */
export function expectationOf(fx: Fixture): FixtureExpectation {
  const rules = new Set<RuleId>(fx.extraRules ?? []);
  const indicators: Record<string, RowExpectation> = {};
  for (const sheet of fx.sheets) {
    for (const row of sheet.rows) {
      row.expect?.rules?.forEach((r) => rules.add(r));
      const code = row.cells.code;
      if (row.expect?.band && typeof code === 'string' && !(code in indicators)) indicators[code] = { band: row.expect.band, override: row.expect.override };
    }
  }
  for (const [code, band] of Object.entries(fx.extraBands ?? {})) indicators[code] = { band };
  return { file: fx.file, about: fx.about, args: fx.args ?? [], exit: fx.exit, rules: [...rules].sort(), indicators };
}

/** A row maker for one catalogue: name, unit and target come from the catalogue unless extras give them. */
export function rowsFor(catalogue: readonly CatalogueEntry[]): (code: string, actual: Cell, expect?: RowExpectation, extras?: RowExtras) => TableRow {
  return (code, actual, expect, extras = {}) => {
    const e = catalogue.find((x) => x.code === code);
    if (!e) return indicatorRow(code, extras.name ?? code, extras.unit ?? null, extras.target ?? null, actual, extras, expect);
    return indicatorRow(code, e.name, e.unit || null, e.target === '' ? null : e.target, actual, extras, expect);
  };
}

/** Shorthand for a catalogue entry. */
export function entry(code: string, name: string, field: string, unit: string, direction: string, target: Cell, agency = 'Sở Kế hoạch và Đầu tư'): CatalogueEntry {
  return { code, name, field, unit, direction, target, agency };
}
