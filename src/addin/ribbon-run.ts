/** The ribbon's run over the Office host (loaded lazily on the first click, with the engine and the Excel adapter). */
import { createOfficeHost } from './office-host';
import { runRibbonAction } from './ribbon';
import type { RibbonResult } from './ribbon';

/** Runs one ribbon action over Office.js, waiting for the user to leave cell-edit mode. */
export function runFromRibbon(kind: 'check' | 'summary'): Promise<RibbonResult> {
  return runRibbonAction(createOfficeHost(true), kind);
}
