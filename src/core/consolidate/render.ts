/** The three owned sheets of a consolidation (SPEC §10), rendered from the consolidated report. */
import type { Lang, Thresholds } from '../model/model';
import type { SheetModel } from '../model/sheet-model';
import { renderByUnitSheet } from './render-by-unit';
import { renderConsolidatedSheet } from './render-consolidated';
import { renderSubmissionsSheet } from './render-submissions';
import type { ConsolidatedReport } from '../model/consolidated';

/** What the consolidation sheets are rendered from. */
export interface ConsolidationSheetInput {
  readonly report: ConsolidatedReport;
  readonly lang: Lang;
  readonly thresholds: Thresholds;
  /** When the sheets were generated, already formatted (the caller owns the clock). */
  readonly generatedAt: string;
  readonly period?: string;
}

/** `Tổng hợp đơn vị`, `Theo đơn vị` and `Tình hình nộp báo cáo` (or their English names), in that order. */
export function renderConsolidationSheets(input: ConsolidationSheetInput): SheetModel[] {
  return [renderConsolidatedSheet(input), renderByUnitSheet(input), renderSubmissionsSheet(input)];
}
