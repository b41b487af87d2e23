import type { Lang, NumberStyle, Thresholds } from '../core';
import { CLI_MESSAGES, inBothLanguages } from '../core';
import { bad, sharedOptions } from './args';

/** The options of `chitieu consolidate` (SPEC §10). */
export interface ConsolidateArgs {
  /** Unit files, folders and glob patterns as typed. */
  readonly inputs: readonly string[];
  readonly out: string;
  readonly catalogue?: string;
  readonly units?: string;
  readonly json?: string;
  readonly lang: Lang;
  readonly thresholds: Thresholds;
  readonly period?: string;
  readonly numberStyle: NumberStyle;
}

/** The usage text of `consolidate`, printed by --help. */
export const CONSOLIDATE_USAGE = `       chitieu consolidate UNIT.xlsx… | FOLDER | "*.xlsx" --out TONG-HOP.xlsx [--catalogue FILE.xlsx|FILE.csv|SHEET]
  [--units UNITS.csv] [--json FILE] [--lang vi|en] [--thresholds 50,70] [--period "Năm 2025"] [--number-style vi|en]`;

const VALUE_OPTIONS = new Set(['--catalogue', '--out', '--json', '--lang', '--thresholds', '--period', '--number-style', '--units']);

/** Parses `consolidate` arguments (after the command word); throws CliError with a bilingual message on a bad option. */
export function parseConsolidateArgs(argv: readonly string[]): ConsolidateArgs {
  const values = new Map<string, string[]>();
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw bad(inBothLanguages(CLI_MESSAGES.optionNeedsValue, name));
      values.set(name, [...(values.get(name) ?? []), value]);
    } else if (arg.startsWith('--')) throw bad(inBothLanguages(CLI_MESSAGES.unknownOption, arg));
    else inputs.push(arg);
  }
  const one = (name: string) => {
    const v = values.get(name);
    if (v && v.length > 1) throw bad(inBothLanguages(CLI_MESSAGES.optionOnce, name));
    return v?.[0];
  };
  if (inputs.length === 0) throw bad(CLI_MESSAGES.noUnitInputs);
  const out = one('--out');
  if (!out) throw bad(CLI_MESSAGES.outRequired);
  const { lang, numberStyle, thresholds } = sharedOptions(one);
  return { inputs, out, catalogue: one('--catalogue'), units: one('--units'), json: one('--json'), lang, thresholds, period: one('--period'), numberStyle };
}
