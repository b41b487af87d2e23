/** Run settings the pane and the one-click actions share; the host decides where they are stored. */
import type { CheckOptions, Lang, NumberStyle, SheetData, Thresholds } from '../core';
import { DEFAULT_THRESHOLDS, checkOptionsFrom, generationTime } from '../core';

/** What the user chose; absent fields mean "the engine's default". */
export interface RunSettings {
  readonly lang?: Lang;
  readonly dataSheet?: string;
  readonly catalogueSheet?: string;
  readonly actualColumn?: string;
  readonly thresholds: Thresholds;
  readonly period?: string;
  /** How to read an ambiguous `1.234` typed as text (default vi: one thousand two hundred thirty-four). */
  readonly numberStyle?: NumberStyle;
}

/** Key of the settings entry in the workbook. */
export const SETTINGS_KEY = 'chitieu.settings';

/** Settings of a workbook that never saved any. */
export const DEFAULT_SETTINGS: RunSettings = { thresholds: DEFAULT_THRESHOLDS };

/** Where settings live (the workbook's document settings in Excel); the host provides it. */
export interface SettingsStore {
  load(): RunSettings;
  save(settings: RunSettings): Promise<void>;
}

/** A store that keeps settings in memory only (hosts without a document to save them in, and tests). */
export function createMemorySettingsStore(initial: RunSettings = DEFAULT_SETTINGS): SettingsStore {
  let memory = initial;
  return {
    load: () => memory,
    save: (settings) => {
      memory = settings;
      return Promise.resolve();
    },
  };
}

/** True when thresholds satisfy 0 < critical < warning < 100. */
export function validThresholds(t: Thresholds): boolean {
  return Number.isFinite(t.critical) && Number.isFinite(t.warning) && t.critical > 0 && t.critical < t.warning && t.warning < 100;
}

/** Reads stored settings defensively: anything malformed falls back to the defaults. */
export function sanitizeSettings(raw: unknown): RunSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const t = r.thresholds as Record<string, unknown> | undefined;
  const thresholds = { critical: Number(t?.critical), warning: Number(t?.warning) };
  return {
    lang: r.lang === 'vi' || r.lang === 'en' ? r.lang : undefined,
    dataSheet: text(r.dataSheet),
    catalogueSheet: text(r.catalogueSheet),
    actualColumn: text(r.actualColumn),
    thresholds: validThresholds(thresholds) ? thresholds : DEFAULT_THRESHOLDS,
    period: text(r.period),
    numberStyle: r.numberStyle === 'en' || r.numberStyle === 'vi' ? r.numberStyle : undefined,
  };
}

/** Engine options from the settings (and an imported catalogue, which wins over the catalogue sheet). */
export function checkOptions(settings: RunSettings, lang: Lang, now: Date, catalogue?: SheetData): CheckOptions {
  return checkOptionsFrom({
    ...settings,
    lang,
    numberStyle: settings.numberStyle ?? 'vi',
    generatedAt: generationTime(undefined, now),
    dataSheets: settings.dataSheet ? [settings.dataSheet] : [],
    catalogue,
  });
}
