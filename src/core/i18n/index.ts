import type { Band, Issue, Lang, Thresholds } from '../model/model';
import { BANDS, DEFAULT_THRESHOLDS } from '../model/model';
import { EN } from './en';
import type { Dictionary } from './types';
import { VI } from './vi';

/** The dictionary of a language. */
export function dictionary(lang: Lang): Dictionary {
  return lang === 'en' ? EN : VI;
}

/** Replaces `{name}` placeholders in a template with the given values. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Renders an issue's message in a language, from its rule and parameters (a `band` parameter is a band id). */
export function issueMessage(issue: Issue, lang: Lang, thresholds: Thresholds = DEFAULT_THRESHOLDS): string {
  const dict = dictionary(lang);
  const params: Record<string, string | number> = { sheet: issue.sheet, cell: issue.cell, code: issue.code ?? '', ...issue.params };
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (typeof value === 'number') params[key] = dict.formatNumber(value, 4);
  }
  const band = params.band;
  if (typeof band === 'string' && (BANDS as readonly string[]).includes(band)) {
    params.band = dict.band(band as Band, thresholds.critical, thresholds.warning);
  }
  return dict.rules[issue.rule](params);
}
