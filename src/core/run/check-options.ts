import type { CheckOptions } from '../model/api';
import type { Lang, NumberStyle, SheetData, Thresholds } from '../model/model';

/** What a host's user chose for a check run (command-line flags, pane settings or web page fields). */
export interface CheckChoices {
  readonly lang: Lang;
  readonly thresholds: Thresholds;
  readonly numberStyle: NumberStyle;
  /** Already formatted (see generationTime). */
  readonly generatedAt: string;
  /** The data sheets picked; none or empty for every data sheet. */
  readonly dataSheets?: readonly string[] | undefined;
  /** A catalogue read from a file; wins over catalogueSheet. */
  readonly catalogue?: SheetData | undefined;
  readonly catalogueSheet?: string | undefined;
  readonly actualColumn?: string | undefined;
  readonly period?: string | undefined;
}

/** The engine options of a host's choices, built the same way by the CLI, the pane and the web app. */
export function checkOptionsFrom(choices: CheckChoices): CheckOptions {
  const { catalogue, catalogueSheet, actualColumn, period } = choices;
  return {
    dataSheets: choices.dataSheets ?? [],
    ...(catalogue ? { catalogue } : catalogueSheet ? { catalogueSheet } : {}),
    ...(actualColumn ? { actualColumn } : {}),
    ...(period ? { period } : {}),
    lang: choices.lang,
    thresholds: choices.thresholds,
    numberStyle: choices.numberStyle,
    generatedAt: choices.generatedAt,
  };
}
