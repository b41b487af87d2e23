/** The ChiTieu engine: pure functions from cells to issues, results, a report and rendered sheets. */
export type * from './model/api';
export type * from './model/model';
export type * from './model/port';
export type * from './model/sheet-model';
export { BANDS, DEFAULT_THRESHOLDS } from './model/model';
export { OWNED_ROLES, SHEET_STYLES, SHEET_FONT, SHEET_FONT_SIZE, FLAG_STYLES, FLAG_MARKER_PREFIX, OWNED_SHEET_NAME_MARKER, flagRuleFormula } from './model/sheet-model';
export { resolveOwnedSheetName } from './render/owned-name';
export { BAND_COLORS, SEVERITY_COLORS } from './render/colours';
export { describeWorkbook, runCheck, isRunFailure, failureMessage, runFailure } from './run/run';
export { dictionary, fill, issueMessage } from './i18n';
export { parseThresholds } from './model/thresholds';
export { jsonPieces } from './render/report-json';
export { Consolidation, checkUnit, classifyIndicator, expectedUnitNames, renderConsolidationSheets, unitKey, unitNameFromFile } from './consolidate';
export type * from './model/consolidated';
export type { Additivity, ConsolidationOptions, NoTotalReason } from './consolidate';

// What the hosts use, named here so adapters and UI never reach into core internals.
export { parseCsv } from './parse/csv';
export { checkOptionsFrom } from './run/check-options';
export type { CheckChoices } from './run/check-options';
export { generationTime } from './run/generation-time';
export { blockAddress, cellAddress, cellAreas, columnIndex, columnLetter, parseCellAddress, parseRangeAddress, quoteSheetName, sheetReference } from './table/address';
export type { CellBlock, CellPosition } from './table/address';
export { catalogueHeader, findCatalogueSheet } from './run/discover';
export { consolidationWords } from './i18n/consolidation';
export type { Dictionary } from './i18n/types';
export type { Bilingual } from './i18n/entry';
export { inBothLanguages, inLanguage, perLanguage } from './i18n/entry';
export { CLI_MESSAGES, PROGRESS_MESSAGES, USAGE_WORDS } from './i18n/cli';
export { CATALOGUE_FILE_PROBLEMS, PACKAGE_PROBLEMS } from './i18n/files';
export { paneTexts } from './i18n/pane';
export type { PaneText, WebText } from './i18n/pane';
