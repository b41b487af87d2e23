import type { Lang, NumberStyle, Thresholds } from '../core';
import { DEFAULT_THRESHOLDS, parseThresholds } from '../core';
import { CliError } from './messages';

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
export const USAGE = `Cách dùng / Usage: chitieu check WORKBOOK.xlsx [--sheet NAME]... [--catalogue FILE.xlsx|FILE.csv|SHEET]
  [--out FILE.xlsx | --in-place] [--json FILE] [--lang vi|en] [--thresholds 50,70] [--period "6 tháng đầu năm 2025"]
  [--number-style vi|en] [--actual-column "Thực hiện 2024"|F]
Mã thoát / exit: 0 không có lỗi / no errors, 1 có lỗi / errors found, 2 không chạy được / could not run.`;

const VALUE_OPTIONS = new Set(['--sheet', '--catalogue', '--out', '--json', '--lang', '--thresholds', '--period', '--number-style', '--actual-column']);

/** A bad-option error: the reason in both languages, pointing to --help. */
export function bad(vi: string, en: string): CliError {
  return new CliError({ vi: `${vi} Xem: chitieu --help.`, en: `${en} See: chitieu --help.` });
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
      if (value === undefined) throw bad(`Tùy chọn ${name} cần một giá trị.`, `Option ${name} needs a value.`);
      values.set(name, [...(values.get(name) ?? []), value]);
    } else if (arg.startsWith('--')) throw bad(`Không có tùy chọn ${arg}.`, `Unknown option ${arg}.`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw bad('Cần đúng một tệp sổ tính .xlsx.', 'Give exactly one .xlsx workbook.');
  const one = (name: string) => {
    const v = values.get(name);
    if (v && v.length > 1) throw bad(`Tùy chọn ${name} chỉ được dùng một lần.`, `Option ${name} may be given once.`);
    return v?.[0];
  };
  const { lang, numberStyle: style, thresholds } = sharedOptions(one);
  const out = one('--out');
  if (out && inPlace) throw bad('Không dùng cùng lúc --out và --in-place.', 'Use either --out or --in-place, not both.');
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
  if (lang !== 'vi' && lang !== 'en') throw bad(`--lang phải là vi hoặc en (không phải “${lang}”).`, `--lang must be vi or en (not "${lang}").`);
  const style = one('--number-style') ?? 'vi';
  if (style !== 'vi' && style !== 'en') throw bad(`--number-style phải là vi hoặc en (không phải “${style}”).`, `--number-style must be vi or en (not "${style}").`);
  const thresholdText = one('--thresholds');
  const thresholds = thresholdText === undefined ? DEFAULT_THRESHOLDS : parseThresholds(thresholdText);
  if (!thresholds) {
    throw bad(`--thresholds phải có dạng “nguy_cấp,cảnh_báo” với 0 < nguy_cấp < cảnh_báo < 100, ví dụ 50,70 (không phải “${thresholdText}”).`, `--thresholds must be "critical,warning" with 0 < critical < warning < 100, e.g. 50,70 (not "${thresholdText}").`);
  }
  return { lang, numberStyle: style, thresholds };
}
