/** The ChiTieu engine: pure functions from cells to issues, results, a report and rendered sheets. */
export type * from './api';
export type * from './model';
export type * from './port';
export type * from './render/sheet-model';
export { BANDS, DEFAULT_THRESHOLDS } from './model';
export { OWNED_ROLES, SHEET_STYLES, SHEET_FONT, SHEET_FONT_SIZE, FLAG_STYLES, FLAG_MARKER_PREFIX, OWNED_SHEET_NAME_MARKER, flagRuleFormula } from './render/sheet-model';
export { resolveOwnedSheetName } from './render/owned-name';
export { BAND_COLORS, SEVERITY_COLORS } from './render/colours';
export { describeWorkbook, runCheck, isRunFailure, failureMessage, runFailure } from './run';
export { dictionary, fill, issueMessage } from './i18n';
export { parseThresholds } from './thresholds';
export { Consolidation, checkUnit, classifyIndicator, expectedUnitNames, renderConsolidationSheets, unitKey, unitNameFromFile } from './consolidate';
export type * from './consolidate/types';
export type { Additivity, ConsolidationOptions, NoTotalReason } from './consolidate';

// What the hosts use, named here so adapters and UI never reach into core internals.
export { parseCsv } from './csv';
export { checkOptionsFrom } from './check-options';
export type { CheckChoices } from './check-options';
export { generationTime } from './generation-time';
export { blockAddress, cellAddress, cellAreas, columnIndex, columnLetter, parseCellAddress, parseRangeAddress, quoteSheetName, sheetReference } from './table/address';
export type { CellBlock, CellPosition } from './table/address';
export { catalogueHeader, findCatalogueSheet } from './discover';
export { consolidationWords } from './i18n/consolidation';
export type { Dictionary } from './i18n/types';
