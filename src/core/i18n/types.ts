import type { Band, RuleId } from '../model/model';
import type { InLanguage } from './entry';
import type { NarrativeCounts, OWNED_SHEET_NAMES, REPORT_TEXTS, SEVERITY_NAMES } from './report';
import type { RuleMessage } from './rules';

export type { MessageParams } from './rules';
export type { NarrativeCounts };

/** Key of a text of the owned sheets or of a run failure. */
export type ReportTextKey = keyof typeof REPORT_TEXTS;

/** The words one language needs, seen from the catalogue: rule messages, band labels, sheet texts and run failures. */
export interface Dictionary {
  readonly rules: Readonly<Record<RuleId, RuleMessage>>;
  /** Band label; `warning`/`critical` thresholds are substituted. */
  readonly band: (band: Band, critical: number, warning: number) => string;
  readonly severity: InLanguage<typeof SEVERITY_NAMES>;
  readonly sheetNames: InLanguage<typeof OWNED_SHEET_NAMES>;
  /** Texts by typed key; `{name}` placeholders are filled by `fill`. */
  readonly text: InLanguage<typeof REPORT_TEXTS>;
  /** Narrative sentence(s) for the meeting report. */
  readonly narrative: (c: NarrativeCounts) => string;
  /** Formats a number the way this language writes it (Vietnamese: `1.234,5`). */
  readonly formatNumber: (n: number, maxFractionDigits?: number) => string;
}
