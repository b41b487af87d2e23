/** Checks one unit's workbook for consolidation: the engine's own check (nothing written) and the unit's name. */
import type { CheckOptions } from '../api';
import { dataHeader } from '../discover';
import type { WorkbookPort } from '../port';
import { isRunFailure, runCheck } from '../run';
import type { UnitCheck } from './types';
import { unitNameFromFile, unitNameFromTitle } from './unit-name';

/** Writes nothing: a unit's workbook is only read. */
const READ_ONLY = { validation: false, summary: false, flags: false } as const;

/** The unit named in the title block above the header of the first sheet that has a data header, else null. */
export async function unitNameOf(port: WorkbookPort): Promise<string | null> {
  for (const info of await port.listSheets()) {
    if (info.owned) continue;
    const head = await port.readSheet(info.name, { maxRows: 30 });
    const header = dataHeader(head);
    if (header) return unitNameFromTitle(head, header.rowIndex);
  }
  return null;
}

/**
 * Checks one unit's workbook as SPEC §2–§6 (through the same `runCheck`, writing nothing) and names the unit
 * from its title block, else from `file`. A check that cannot start (no catalogue, no data sheet…) makes the
 * unit unreadable, with the run's own message as the reason.
 */
export async function checkUnit(port: WorkbookPort, file: string, options: CheckOptions): Promise<UnitCheck> {
  const name = (await unitNameOf(port)) ?? unitNameFromFile(file);
  const outcome = await runCheck(port, options, READ_ONLY);
  if (isRunFailure(outcome)) return { file, name, unreadable: outcome.message };
  return { file, name, outcome };
}
