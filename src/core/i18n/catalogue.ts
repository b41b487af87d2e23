/** The one message catalogue: every user-visible text of ChiTieu by section, each entry in Vietnamese and English. */
import { CLI_MESSAGES, PROGRESS_MESSAGES, USAGE_WORDS } from './cli';
import { CONSOLIDATION_MESSAGES } from './consolidation';
import type { MessageSection } from './entry';
import { CATALOGUE_FILE_PROBLEMS, PACKAGE_PROBLEMS } from './files';
import { PANE_MESSAGES } from './pane';
import { BAND_LABELS, NARRATIVE, OWNED_SHEET_NAMES, REPORT_TEXTS, SEVERITY_NAMES } from './report';
import { CATALOGUE_PROBLEMS, MISSING_COLUMNS, RULE_MESSAGES } from './rules';

/** Every section of the catalogue, for whoever needs to walk all of it (the completeness test). */
export const MESSAGE_CATALOGUE = {
  rules: RULE_MESSAGES,
  missingColumns: MISSING_COLUMNS,
  catalogueProblems: CATALOGUE_PROBLEMS,
  bands: BAND_LABELS,
  severity: SEVERITY_NAMES,
  ownedSheets: OWNED_SHEET_NAMES,
  report: REPORT_TEXTS,
  narrative: { narrative: NARRATIVE },
  consolidation: CONSOLIDATION_MESSAGES,
  packageProblems: PACKAGE_PROBLEMS,
  catalogueFileProblems: CATALOGUE_FILE_PROBLEMS,
  cli: CLI_MESSAGES,
  progress: PROGRESS_MESSAGES,
  usage: USAGE_WORDS,
  pane: PANE_MESSAGES,
} as const satisfies Readonly<Record<string, MessageSection>>;
