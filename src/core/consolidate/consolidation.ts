/**
 * Consolidation of many units (SPEC §10), fed one unit at a time so that a host never holds more than one
 * unit's workbook: each unit's check outcome is reduced to its values, bands and issues as it arrives.
 */
import type { IssueReport } from '../model/api';
import { issueMessage } from '../i18n';
import type { Issue, Lang, RuleId, Thresholds } from '../model/model';
import { CONSOLIDATION_RULES } from '../rules/registry';
import { normalizeName } from '../text/normalize';
import { completeness } from './completeness';
import { IndicatorSum } from './indicator-sum';
import type { ConsolidatedReport, ConsolidatedUnit, DuplicateUnit, UnitCheck, UnitIssue, UnmatchedRow } from '../model/consolidated';
import { unitKey } from './unit-name';

/** Settings of a consolidation: the language of messages and the thresholds of bands. */
export interface ConsolidationOptions {
  readonly lang: Lang;
  readonly thresholds: Thresholds;
  /** The sheet name of a catalogue every unit is checked against (e.g. a `--catalogue` file): its own issues are reported once, not per unit. */
  readonly sharedCatalogue?: string;
}

/** True for an issue about the shared catalogue itself rather than about a unit's rows. */
function isCatalogueIssue(issue: IssueReport, sharedCatalogue: string | undefined): boolean {
  return sharedCatalogue !== undefined && issue.sheet === sharedCatalogue && issue.rule !== 'missing-indicator';
}

/**
 * The key of an indicator across units: its catalogue code, else its name. A form that is its own catalogue
 * (SPEC §2.2) numbers its rows by STT, which differs from unit to unit, so there the name is the key.
 */
function indicatorKey(code: string | null, name: string, selfCatalogue: boolean): string {
  return code && !selfCatalogue ? `c:${code.trim().toLowerCase()}` : `n:${normalizeName(name)}`;
}

/** Codes of the issues of one rule (each once, in report order). */
function codesOf(issues: readonly IssueReport[], rule: RuleId): string[] {
  return [...new Set(issues.filter((i) => i.rule === rule && i.code).map((i) => i.code as string))];
}

/** Accumulates units' check outcomes into the consolidated report. */
export class Consolidation {
  private readonly units: ConsolidatedUnit[] = [];
  private readonly byKey = new Map<string, ConsolidatedUnit>();
  private readonly indicators = new Map<string, IndicatorSum>();
  private readonly duplicates: DuplicateUnit[] = [];
  private readonly issues: UnitIssue[] = [];
  private catalogueIssues: readonly IssueReport[] | null = null;
  /** Units submitted so far: the next one's place among them. */
  private submitted = 0;

  /** Starts an empty consolidation. */
  constructor(private readonly options: ConsolidationOptions) {}

  /**
   * Adds one unit's file. A second file of a unit already added is a `duplicate-unit` warning and is not added;
   * an unreadable one is an `unreadable-unit` error, listed with its reason. Returns what was done with it.
   */
  add(check: UnitCheck): 'added' | 'duplicate' | 'unreadable' {
    const key = unitKey(check.name);
    const kept = this.byKey.get(key);
    const found: Issue[] = [];
    for (const rule of CONSOLIDATION_RULES) rule.check({ file: check, kept }, found);
    for (const issue of found) this.tag(kept ? kept.name : check.name, check.file, issue);
    if (kept) {
      this.duplicates.push({ name: kept.name, file: check.file, keptFile: kept.file });
      this.replace(kept, { ...kept, warnings: kept.warnings + 1 });
      return 'duplicate';
    }
    if ('unreadable' in check) {
      this.push(key, { name: check.name, file: check.file, errors: 1, warnings: 0, status: 'unreadable', reason: check.unreadable, blank: [], missing: [], unmatched: [] });
      return 'unreadable';
    }
    const { report } = check;
    const shared = this.options.sharedCatalogue;
    this.catalogueIssues ??= report.issues.filter((i) => isCatalogueIssue(i, shared));
    const own = report.issues.filter((i) => !isCatalogueIssue(i, shared));
    for (const issue of own) this.issues.push({ unit: check.name, file: check.file, ...issue });
    const unmatched: UnmatchedRow[] = report.issues
      .filter((i) => i.rule === 'unknown-indicator')
      .map((i) => ({ sheet: i.sheet, cell: i.cell, code: i.code, message: i.message }));
    const selfCatalogue = report.catalogue?.source === 'self';
    const slot = this.submitted++;
    for (const indicator of report.indicators) {
      const k = indicatorKey(indicator.code, indicator.name, selfCatalogue);
      let sum = this.indicators.get(k);
      if (!sum) this.indicators.set(k, (sum = new IndicatorSum(indicator.code, indicator.name, indicator, report.catalogue.source === 'self')));
      sum.add(check.name, slot, indicator);
    }
    this.push(key, {
      name: check.name,
      file: check.file,
      errors: own.filter((i) => i.severity === 'error').length,
      warnings: own.filter((i) => i.severity === 'warning').length,
      status: 'submitted',
      reason: null,
      blank: codesOf(report.issues, 'empty-actual'),
      missing: codesOf(report.issues, 'missing-indicator'),
      unmatched,
    });
    return 'added';
  }

  /** True when any unit, or the shared catalogue, has errors (SPEC §8 exit status 1). */
  hasErrors(): boolean {
    return this.units.some((u) => u.errors > 0) || (this.catalogueIssues ?? []).some((i) => i.severity === 'error');
  }

  /** The consolidated report; `expected` is the list of units that should have reported, when given. */
  report(expected?: readonly string[]): ConsolidatedReport {
    const submitted = this.units.filter((u) => u.status === 'submitted').map((u) => u.name);
    const { thresholds, lang } = this.options;
    const status = completeness(this.units, expected, lang);
    return {
      schemaVersion: 1,
      units: this.units,
      missingUnits: status.missing,
      indicators: [...this.indicators.values()].map((sum) => sum.result(submitted, thresholds)),
      thresholds: { critical: thresholds.critical, warning: thresholds.warning },
      expectedUnits: expected ? expected.length : null,
      unexpectedUnits: status.unexpected,
      duplicates: this.duplicates,
      issues: [...this.issues.filter((i) => i.severity === 'error'), ...this.issues.filter((i) => i.severity !== 'error')],
      catalogueIssues: this.catalogueIssues ?? [],
      completeness: status.sentence,
    };
  }

  /** Records a unit and its key. */
  private push(key: string, unit: ConsolidatedUnit): void {
    this.units.push(unit);
    this.byKey.set(key, unit);
  }

  /** Replaces a recorded unit by an updated copy. */
  private replace(old: ConsolidatedUnit, updated: ConsolidatedUnit): void {
    this.units[this.units.indexOf(old)] = updated;
    this.byKey.set(unitKey(old.name), updated);
  }

  /** Records an issue of the consolidation itself, with its message in the run's language. */
  private tag(unit: string, file: string, issue: Issue): void {
    const message = issueMessage(issue, this.options.lang, this.options.thresholds);
    this.issues.push({ unit, file, rule: issue.rule, severity: issue.severity, sheet: '', cell: '', code: null, message });
  }
}
