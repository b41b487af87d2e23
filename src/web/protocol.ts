/** The messages between the page and its worker: the page sends files and settings, the worker answers with results. */
import type { Bilingual, CheckOutcome, Lang, NumberStyle, Progress, SheetData, Thresholds, WorkbookLayout } from '../core';

/** A message in both languages (the page shows the one the user chose). */
export type PageMessage = Bilingual<string>;

/** What a check should use: the page's settings, an imported catalogue and the generation-time source. */
export interface WebCheckSettings {
  readonly lang: Lang;
  readonly thresholds: Thresholds;
  readonly numberStyle: NumberStyle;
  readonly dataSheet?: string;
  readonly catalogueSheet?: string;
  readonly actualColumn?: string;
  readonly period?: string;
  readonly catalogue?: SheetData;
  /** Seconds since 1970 to stamp on the owned sheets (as SOURCE_DATE_EPOCH for the CLI); absent: the local clock. */
  readonly sourceDateEpoch?: string;
}

/** The part of a run's outcome the page shows. */
export type ShownOutcome = Pick<CheckOutcome, 'narrative' | 'counts'> & { readonly report: Pick<CheckOutcome['report'], 'summary' | 'thresholds' | 'issues'> };

/** Page to worker. */
export type WorkerRequest =
  | { readonly kind: 'open'; readonly id: number; readonly name: string; readonly bytes: ArrayBuffer }
  | { readonly kind: 'check'; readonly id: number; readonly settings: WebCheckSettings }
  | { readonly kind: 'catalogue'; readonly id: number; readonly name: string; readonly bytes: ArrayBuffer };

/** Worker to page. */
export type WorkerReply =
  | { readonly kind: 'progress'; readonly id: number; readonly progress: Progress }
  | { readonly kind: 'opened'; readonly id: number; readonly layout: WorkbookLayout }
  | { readonly kind: 'catalogue-read'; readonly id: number; readonly sheet: SheetData }
  | { readonly kind: 'checked'; readonly id: number; readonly outcome: ShownOutcome; readonly workbook: ArrayBuffer; readonly workbookName: string; readonly report: ArrayBuffer; readonly reportName: string }
  | { readonly kind: 'failed'; readonly id: number; readonly message: PageMessage };
