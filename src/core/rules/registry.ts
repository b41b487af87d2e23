import type { RuleId, Severity } from '../model/model';
import { ambiguousNumber } from './ambiguous-number';
import { assessmentMismatch } from './assessment-mismatch';
import { breakdownExceedsTotal } from './breakdown-exceeds-total';
import { catalogueInvalid } from './catalogue-invalid';
import { duplicateIndicator } from './duplicate-indicator';
import { duplicateUnit } from './duplicate-unit';
import { emptyActual } from './empty-actual';
import { formulaError } from './formula-error';
import { magnitude } from './magnitude';
import { missingBaseline } from './missing-baseline';
import { missingColumn } from './missing-column';
import { missingIndicator } from './missing-indicator';
import { missingTarget } from './missing-target';
import { nameMismatch } from './name-mismatch';
import { notANumber } from './not-a-number';
import { overrideWithoutReason } from './override-without-reason';
import { rateMismatch } from './rate-mismatch';
import type { RuleDefinition } from './rule';
import { tableNotRead } from './table-not-read';
import { targetMismatch } from './target-mismatch';
import { unitConverted } from './unit-converted';
import { unitMismatch } from './unit-mismatch';
import { unknownIndicator } from './unknown-indicator';
import { unreadableUnit } from './unreadable-unit';

/*
 * The rules of each stage, in the order the engine runs them. The order is the order of issues in every
 * report: change it only together with the golden reports.
 */

/** Rules of a data sheet once read. */
export const SHEET_RULES: readonly RuleDefinition<'sheet'>[] = [missingColumn, tableNotRead];

/** Rules of a catalogue row (run when its identity is read, and again once its target and direction are read). */
export const CATALOGUE_RULES: readonly RuleDefinition<'catalogue'>[] = [catalogueInvalid];

/** Rules of a data row matched (or not) to the catalogue. */
export const MATCH_RULES: readonly RuleDefinition<'match'>[] = [unknownIndicator, nameMismatch, duplicateIndicator];

/** Rules of a matched row's unit, before its cells are read. */
export const UNITS_RULES: readonly RuleDefinition<'units'>[] = [unitMismatch];

/** Rules of one cell read: a catalogue or row target, a row's actual, a breakdown part. */
export const CELL_RULES: readonly RuleDefinition<'cell'>[] = [emptyActual, formulaError, ambiguousNumber, unitConverted, notANumber, targetMismatch];

/** Rules of a data row once assessed. */
export const ROW_RULES: readonly RuleDefinition<'row'>[] = [missingTarget, missingBaseline, magnitude, rateMismatch, assessmentMismatch, overrideWithoutReason];

/** Rules of a breakdown part with a number. */
export const PART_RULES: readonly RuleDefinition<'part'>[] = [breakdownExceedsTotal];

/** Rules of the catalogue's scope: each indicator once every row is assessed. */
export const SCOPE_RULES: readonly RuleDefinition<'scope'>[] = [missingIndicator];

/** Rules of a unit's file offered to a consolidation (SPEC §10). */
export const CONSOLIDATION_RULES: readonly RuleDefinition<'consolidation'>[] = [duplicateUnit, unreadableUnit];

/** Every rule definition, by stage. */
export const RULES: readonly RuleDefinition[] = [
  ...SHEET_RULES,
  ...CATALOGUE_RULES,
  ...MATCH_RULES,
  ...UNITS_RULES,
  ...CELL_RULES,
  ...ROW_RULES,
  ...PART_RULES,
  ...SCOPE_RULES,
  ...CONSOLIDATION_RULES,
];

/** Severity of every rule id of SPEC §6, from the definitions: errors block submission, warnings and info do not. */
export const RULE_SEVERITY: Readonly<Record<RuleId, Severity>> = Object.fromEntries(RULES.map((rule) => [rule.id, rule.severity])) as Record<RuleId, Severity>;
