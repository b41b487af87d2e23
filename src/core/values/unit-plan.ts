import { convertUnit } from '../parse/units';

/** How a row's values reach the catalogue's unit: unchanged, converted between two units, or not at all. */
export type UnitPlan =
  | { readonly kind: 'same' }
  | { readonly kind: 'convert'; readonly from: string; readonly to: string }
  | { readonly kind: 'mismatch' };

const ONE = { coef: 1n, scale: 0 };
const SAME: UnitPlan = { kind: 'same' };
const MISMATCH: UnitPlan = { kind: 'mismatch' };

/** Decides the unit plan of a row: a row with no unit (or a catalogue with none) takes the other's unit. */
export function unitPlan(catalogueUnit: string | null, rowUnit: string | null): UnitPlan {
  if (!catalogueUnit || !rowUnit || catalogueUnit === rowUnit) return SAME;
  const probe = convertUnit(ONE, rowUnit, catalogueUnit);
  if (probe.kind === 'same') return SAME;
  if (probe.kind === 'incompatible') return MISMATCH;
  return { kind: 'convert', from: rowUnit, to: catalogueUnit };
}
