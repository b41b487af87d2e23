/** Recognises the sheets ChiTieu owns by their hidden sheet-scoped marker name, and marks new ones. */
import type { OwnedRole } from '../core';
import { OWNED_ROLES, OWNED_SHEET_NAME_MARKER } from '../core';


/** The owned role a marker name's formula or value states (`="validation"`), or undefined. */
export function roleFromMarker(formula: unknown): OwnedRole | undefined {
  if (typeof formula !== 'string') return undefined;
  const text = formula.replace(/^=/, '').replace(/^"(.*)"$/, '$1').trim();
  return OWNED_ROLES.find((role) => role === text);
}

/** The formula stored in the marker name of an owned sheet. */
export function markerFormula(role: OwnedRole): string {
  return `="${role}"`;
}

/** Queues the hidden marker name that makes a sheet recognisable as ChiTieu's owned sheet of a role. */
export function queueOwnedMarker(sheet: Excel.Worksheet, role: OwnedRole): void {
  const marker = sheet.names.add(OWNED_SHEET_NAME_MARKER, markerFormula(role), 'ChiTieu');
  marker.visible = false;
}
