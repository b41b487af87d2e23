/** Checks one unit's workbook for consolidation: the engine's own check (nothing written) and the unit's name. */
import type { CheckOptions } from '../model/api';
import { dataHeader } from '../run/discover';
import type { SheetData } from '../model/model';
import type { SheetInfo, WorkbookPort } from '../model/port';
import type { SheetFlags, SheetModel } from '../model/sheet-model';
import { isRunFailure, runCheck } from '../run/run';
import type { UnitCheck, UnitIndicator, UnitReport } from '../model/consolidated';
import type { Report } from '../model/api';
import { unitNameFromFile, unitNameFromTitle } from './unit-name';

/** Writes nothing: a unit's workbook is only read. */
const READ_ONLY = { validation: false, summary: false, flags: false } as const;

/**
 * A read-only view of a unit's workbook that reads each sheet once: unit forms are small, so the header probes
 * (first 30 rows) are cut from the one full read instead of unpacking the sheet again for each probe.
 */
export class ReadOncePort implements WorkbookPort {
  private list: Promise<readonly SheetInfo[]> | undefined;
  private readonly sheets = new Map<string, Promise<SheetData>>();
  private readonly heads = new Map<string, SheetData>();

  /** Wraps the port of one unit's workbook. */
  constructor(private readonly port: WorkbookPort) {}

  /** The sheets, listed once. */
  listSheets(): Promise<readonly SheetInfo[]> {
    return (this.list ??= this.port.listSheets());
  }

  /** A sheet read whole once; `maxRows` gives its first rows (the same rows each time they are asked for). */
  async readSheet(name: string, options?: { readonly maxRows?: number }): Promise<SheetData> {
    let whole = this.sheets.get(name);
    if (!whole) this.sheets.set(name, (whole = this.port.readSheet(name)));
    const sheet = await whole;
    if (options?.maxRows === undefined) return sheet;
    const key = `${options.maxRows}:${name}`;
    let head = this.heads.get(key);
    if (!head) this.heads.set(key, (head = { name: sheet.name, rows: sheet.rows.slice(0, options.maxRows) }));
    return head;
  }

  /** Passed through (a consolidation writes nothing to a unit's workbook). */
  writeOwnedSheet(model: SheetModel): Promise<string> {
    return this.port.writeOwnedSheet(model);
  }

  /** Passed through. */
  setFlags(flags: SheetFlags): Promise<void> {
    return this.port.setFlags(flags);
  }

  /** Passed through. */
  clearFlags(sheet: string): Promise<void> {
    return this.port.clearFlags(sheet);
  }
}

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
export async function checkUnit(unitPort: WorkbookPort, file: string, options: CheckOptions): Promise<UnitCheck> {
  const port = new ReadOncePort(unitPort);
  const name = (await unitNameOf(port)) ?? unitNameFromFile(file);
  const outcome = await runCheck(port, options, READ_ONLY);
  if (isRunFailure(outcome)) return { file, name, unreadable: outcome.message };
  return { file, name, report: unitReportOf(outcome.report) };
}

/** What consolidation keeps of a unit's check report (SPEC §10): its issues, catalogue source and indicators' values. */
function unitReportOf(report: Report): UnitReport {
  const indicators: UnitIndicator[] = report.indicators.map(({ code, name, unit, direction, target, actual, band, override }) => ({ code, name, unit, direction, target, actual, band, override }));
  return { issues: report.issues, catalogue: report.catalogue, indicators };
}
