/** Consolidation of many units' reports into one (SPEC §10): check each unit, add up, render the owned sheets. */
export { classifyIndicator, ADDITIVE_UNITS, NON_ADDITIVE_UNITS, NON_ADDITIVE_NAME_WORDS } from './additive';
export type { Additivity, NoTotalReason } from './additive';
export { checkUnit, unitNameOf } from './check-unit';
export { completeness, expectedUnitNames } from './completeness';
export { Consolidation } from './consolidation';
export type { ConsolidationOptions } from './consolidation';
export { renderConsolidationSheets } from './render';
export type * from '../model/consolidated';
export { unitKey, unitNameFromFile, unitNameFromTitle } from './unit-name';
