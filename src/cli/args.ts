import type { Lang, NumberStyle, Thresholds } from '../core';
import { CLI_MESSAGES, DEFAULT_THRESHOLDS, inBothLanguages, parseThresholds, perLanguage, USAGE_WORDS } from '../core';
import type { Bilingual } from './messages';
import { CliError, slashed } from './messages';

/** The options of `chitieu check` (SPEC §8). */
export interface CheckArgs {
  readonly workbook: string;
  readonly sheets: readonly string[];
  readonly catalogue?: string;
  readonly out?: string;
  readonly inPlace: boolean;
  readonly json?: string;
  readonly lang: Lang;
  readonly thresholds: Thresholds;
  readonly period?: string;
  readonly numberStyle: NumberStyle;
  readonly actualColumn?: string;
}

/** The usage text printed by --help. */
export const USAGE = `${slashed(USAGE_WORDS.usage)}: chitieu check WORKBOOK.xlsx [--sheet NAME]... [--catalogue FILE.xlsx|FILE.csv|SHEET]
  [--out FILE.xlsx | --in-place] [--json FILE] [--lang vi|en] [--thresholds 50,70] [--period "6 tháng đầu năm 2025"]
  [--number-style vi|en] [--actual-column "Thực hiện 2024"|F]
${slashed(USAGE_WORDS.exitCodes)}: 0 ${slashed(USAGE_WORDS.noErrors)}, 1 ${slashed(USAGE_WORDS.errorsFound)}, 2 ${slashed(USAGE_WORDS.couldNotRun)}.`;

const VALUE_OPTIONS = new Set(['--sheet', '--catalogue', '--out', '--json', '--lang', '--thresholds', '--period', '--number-style', '--actual-column']);

/** A bad-option error: the reason in both languages, pointing to --help. */
export function bad(reason: Bilingual): CliError {
  return new CliError(perLanguage((lang) => CLI_MESSAGES.seeHelp[lang](reason[lang])));
}

/** Parses `check` arguments (after the command word); throws CliError with a bilingual message on a bad option. */
export function parseCheckArgs(argv: readonly string[]): CheckArgs {
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  let inPlace = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--in-place') inPlace = true;
    else if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw bad(inBothLanguages(CLI_MESSAGES.optionNeedsValue, name));
      values.set(name, [...(values.get(name) ?? []), value]);
    } else if (arg.startsWith('--')) throw bad(inBothLanguages(CLI_MESSAGES.unknownOption, arg));
    else positional.push(arg);
  }
  if (positional.length !== 1) throw bad(CLI_MESSAGES.oneWorkbook);
  const one = (name: string) => {
    const v = values.get(name);
    if (v && v.length > 1) throw bad(inBothLanguages(CLI_MESSAGES.optionOnce, name));
    return v?.[0];
  };
  const { lang, numberStyle: style, thresholds } = sharedOptions(one);
  const out = one('--out');
  if (out && inPlace) throw bad(CLI_MESSAGES.outOrInPlace);
  return {
    workbook: positional[0],
    sheets: values.get('--sheet') ?? [],
    catalogue: one('--catalogue'),
    out,
    inPlace,
    json: one('--json'),
    lang,
    thresholds,
    period: one('--period'),
    numberStyle: style,
    actualColumn: one('--actual-column'),
  };
}

/** Reads the options every command shares (--lang, --number-style, --thresholds) through a single-value getter. */
export function sharedOptions(one: (name: string) => string | undefined): { lang: Lang; numberStyle: NumberStyle; thresholds: Thresholds } {
  const lang = one('--lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw bad(inBothLanguages(CLI_MESSAGES.langInvalid, lang));
  const style = one('--number-style') ?? 'vi';
  if (style !== 'vi' && style !== 'en') throw bad(inBothLanguages(CLI_MESSAGES.numberStyleInvalid, style));
  const thresholdText = one('--thresholds');
  const thresholds = thresholdText === undefined ? DEFAULT_THRESHOLDS : parseThresholds(thresholdText);
  if (!thresholds) throw bad(inBothLanguages(CLI_MESSAGES.thresholdsInvalid, thresholdText));
  return { lang, numberStyle: style, thresholds };
}
