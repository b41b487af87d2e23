/**
 * "Tổng hợp nhiều đơn vị" (SPEC §10) in the pane and the web app: the picked unit files are read and checked one at
 * a time (never all held at once) through the package layer the command line uses, then consolidated and rendered.
 */
import type { ConsolidatedReport, Lang, SheetData, SheetModel } from '../core';
import { checkOptionsFrom, Consolidation, renderConsolidationSheets } from '../core';
import { XlsxError } from '../xlsx/errors';
import { PACKAGE_MESSAGES } from '../xlsx/package-messages';
import { byFileName, emptyUnitListMessage, readUnitFile, unitListNames } from '../xlsx/unit-files';
import type { PickedFile } from './host';
import type { RunSettings } from './settings';

/** Where a consolidation is: reading unit `done` of `total`, named `file`. */
export interface UnitProgress {
  readonly done: number;
  readonly total: number;
  readonly file: string;
}

/** What a consolidation reads and how: the picked files, the optional unit list, and the pane's settings. */
export interface ConsolidationInput {
  readonly files: readonly PickedFile[];
  readonly unitList: PickedFile | null;
  readonly settings: RunSettings;
  readonly lang: Lang;
  /** An imported catalogue file every unit is checked against (as `--catalogue FILE`); absent: each unit's own. */
  readonly catalogue?: SheetData;
  /** When the sheets are generated, already formatted (the host owns the clock). */
  readonly generatedAt: string;
}

/** A finished consolidation: the report (as `--json` writes it), its three owned sheets, and whether any unit has errors. */
export interface ConsolidationResult {
  readonly report: ConsolidatedReport;
  readonly sheets: readonly SheetModel[];
  readonly hasErrors: boolean;
}

/** A problem that stops a consolidation before it starts, in the run's language. */
export class ConsolidationError extends Error {}

/** The bytes of a picked file. */
async function bytesOf(file: PickedFile): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** The expected units of the picked unit list; an unreadable or empty list stops the run with a message saying why. */
async function expectedUnits(list: PickedFile, lang: Lang): Promise<string[]> {
  let names: string[];
  try {
    names = unitListNames(list.name, await bytesOf(list));
  } catch (error) {
    throw new ConsolidationError(`${list.name}: ${error instanceof XlsxError ? PACKAGE_MESSAGES[error.code][lang] : String((error as Error)?.message ?? error)}`);
  }
  if (names.length === 0) throw new ConsolidationError(emptyUnitListMessage(list.name)[lang]);
  return names;
}

/**
 * Consolidates the picked unit files in name order (as the command line orders a folder), telling `onProgress`
 * before each file is read; an unreadable file becomes an unreadable unit, a second file of a unit a duplicate.
 */
export async function consolidateFiles(input: ConsolidationInput, onProgress: (progress: UnitProgress) => void): Promise<ConsolidationResult> {
  const { settings, lang, catalogue, generatedAt } = input;
  const expected = input.unitList ? await expectedUnits(input.unitList, lang) : undefined;
  const options = checkOptionsFrom({ lang, thresholds: settings.thresholds, numberStyle: settings.numberStyle ?? 'vi', generatedAt, catalogue });
  const consolidation = new Consolidation({ lang, thresholds: settings.thresholds, ...(catalogue ? { sharedCatalogue: catalogue.name } : {}) });
  const files = [...input.files].sort((a, b) => byFileName(a.name, b.name));
  for (const [index, file] of files.entries()) {
    onProgress({ done: index + 1, total: files.length, file: file.name });
    consolidation.add(await readUnitFile(file.name, () => bytesOf(file), options));
  }
  const report = consolidation.report(expected);
  const sheets = renderConsolidationSheets({ report, lang, thresholds: settings.thresholds, generatedAt, ...(settings.period ? { period: settings.period } : {}) });
  return { report, sheets, hasErrors: consolidation.hasErrors() };
}
