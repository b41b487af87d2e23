import type { Band, Issue, Lang, Thresholds } from '../model/model';
import { BANDS, DEFAULT_THRESHOLDS } from '../model/model';
import { inLanguage } from './entry';
import { formatWithSeparators } from './format-number';
import { BAND_LABELS, NARRATIVE, OWNED_SHEET_NAMES, REPORT_TEXTS, SEVERITY_NAMES } from './report';
import { RULE_MESSAGES } from './rules';
import type { Dictionary } from './types';

/** Builds one language's dictionary from the catalogue. */
function languageView(lang: Lang): Dictionary {
  return {
    rules: inLanguage(RULE_MESSAGES, lang),
    band: (band: Band, critical: number, warning: number) => BAND_LABELS[band][lang](critical, warning),
    severity: inLanguage(SEVERITY_NAMES, lang),
    sheetNames: inLanguage(OWNED_SHEET_NAMES, lang),
    text: inLanguage(REPORT_TEXTS, lang),
    narrative: NARRATIVE[lang],
    formatNumber: lang === 'en' ? (n, digits = 2) => formatWithSeparators(n, ',', '.', digits) : (n, digits = 2) => formatWithSeparators(n, '.', ',', digits),
  };
}

const VI = languageView('vi');
const EN = languageView('en');

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
