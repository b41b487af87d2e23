import type { Band, RuleId } from '../model/model';

/** Parameters a rule message is rendered from (issue fields merged with the rule's own params). */
export type MessageParams = Readonly<Record<string, string | number>>;

/** All the words one language needs: rule messages, band labels, sheet texts and run failures. */
export interface Dictionary {
  readonly rules: Readonly<Record<RuleId, (p: MessageParams) => string>>;
  /** Band label; `warning`/`critical` thresholds are substituted. */
  readonly band: (band: Band, critical: number, warning: number) => string;
  readonly severity: Readonly<Record<'error' | 'warning' | 'info', string>>;
  readonly sheetNames: Readonly<Record<'validation' | 'summary', string>>;
  readonly text: Readonly<Record<string, string>>;
  /** Narrative sentence(s) for the meeting report. */
  readonly narrative: (c: NarrativeCounts) => string;
  /** Formats a number the way this language writes it (Vietnamese: `1.234,5`). */
  readonly formatNumber: (n: number, maxFractionDigits?: number) => string;
}

/** Counts the narrative sentence is built from. */
export interface NarrativeCounts {
  readonly total: number;
  readonly exceeded: number;
  readonly met: number;
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  readonly unassessed: number;
  readonly critical: number;
  readonly warning: number;
  /** Indicators whose assessment was overridden (with a reason), SPEC §5.2. */
  readonly overridden?: number;
}
