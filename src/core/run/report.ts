import type { CatalogueSource, IndicatorReport, IssueReport, PartReport, Report, SummaryReport } from '../model/api';
import type { TargetValue } from '../model/achievement';
import type { IndicatorResult, PartResult } from '../evaluate/result';
import { issueMessage } from '../i18n';
import type { Issue, Lang, Severity, Thresholds } from '../model/model';
import { toNumber } from '../model/rational';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Issues ordered for people: errors first, then warnings, then info, each in the order they were found. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.index - b.index)
    .map((x) => x.issue);
}

/** The report form of a target: a number, `{min,max}`, `"milestone"` or null (also for a relative target with no baseline). */
function targetOf(target: TargetValue | null): IndicatorReport['target'] {
  if (!target || target.kind === 'relative') return null;
  if (target.kind === 'milestone') return 'milestone';
  if (target.kind === 'range') return { min: toNumber(target.min), max: toNumber(target.max) };
  return toNumber(target.value);
}

/** One indicator's JSON entry (SPEC §8). */
export function indicatorReport(result: IndicatorResult): IndicatorReport {
  const { entry, row } = result;
  return {
    code: entry.code,
    name: entry.name,
    field: result.field,
    unit: result.unit,
    sheet: row?.sheet ?? null,
    row: row?.row ?? null,
    actual: result.actual?.kind === 'number' ? toNumber(result.actual.value) : null,
    target: targetOf(result.target),
    targetText: result.targetText === '' ? null : result.targetText,
    direction: result.direction ?? entry.direction,
    rate: result.rate ? toNumber(result.rate) : null,
    baseline: result.baseline ? toNumber(result.baseline) : null,
    baselineRate: result.baselineRate ? toNumber(result.baselineRate) : null,
    band: result.band,
    override: result.override,
    reason: result.reason ?? null,
    flag: result.flag,
    parts: result.parts ? result.parts.map(partReport) : NO_PARTS,
  };
}

const NO_PARTS: readonly PartReport[] = [];

/** One breakdown row's JSON entry. */
function partReport(part: PartResult): PartReport {
  return { name: part.name, row: part.row, actual: part.actual ? toNumber(part.actual) : null, unit: part.unit };
}

/** One issue's JSON entry with its message in the run's language. */
export function issueReport(issue: Issue, lang: Lang, thresholds: Thresholds): IssueReport {
  return { rule: issue.rule, severity: issue.severity, sheet: issue.sheet, cell: issue.cell, code: issue.code, message: issueMessage(issue, lang, thresholds) };
}

/** The machine-readable report, schemaVersion 1, with issues already sorted. */
export function buildReport(results: readonly IndicatorResult[], sortedIssues: readonly Issue[], summary: SummaryReport, lang: Lang, thresholds: Thresholds, catalogue: CatalogueSource): Report {
  let indicators: readonly IndicatorReport[] | null = null;
  return {
    schemaVersion: 1,
    thresholds: { critical: thresholds.critical, warning: thresholds.warning },
    // Built on first read (JSON.stringify reads it): a host that shows only counts never pays for 100 000 entries.
    get indicators(): readonly IndicatorReport[] {
      return (indicators ??= results.map(indicatorReport));
    },
    issues: sortedIssues.map((issue) => issueReport(issue, lang, thresholds)),
    summary,
    catalogue,
  };
}

/** Counts of issues by severity. */
export function severityCounts(issues: readonly Issue[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}
