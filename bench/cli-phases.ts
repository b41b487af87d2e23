/**
 * Child script: the CLI's check of one workbook split into phases (`node cli-phases.js IN OUTDIR`), then the
 * reading and writing steps re-timed one by one, to show where the time and memory of `chitieu check` go.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckOptions, SheetData, WorkbookPort } from '../src/core';
import { DEFAULT_THRESHOLDS, isRunFailure, jsonPieces, runCheck } from '../src/core';
import { FilePort } from '../src/xlsx/file-port';
import { useNativeZlib } from '../src/cli/native-zlib';
import { writeAll } from '../src/cli/write-files';
import { patchFlags } from '../src/xlsx/patch-flags';
import { patchStyles } from '../src/xlsx/patch-styles';
import { openWorkbook } from '../src/xlsx/read-workbook';
import { readSharedStrings } from '../src/xlsx/read-shared-strings';
import { readNumFmtsByStyle } from '../src/xlsx/read-styles';
import { renderWorksheet } from '../src/xlsx/render-sheet';
import { scanSheet } from '../src/xlsx/scan-sheet';
import { inflateEntry, writeZip } from '../src/xlsx/zip';
import type { Phase } from './phase-clock';
import { PhaseClock } from './phase-clock';

/** What the child prints: the CLI's phases in order, and the steps re-timed in isolation. */
export interface PhaseReport {
  readonly phases: readonly Phase[];
  readonly steps: readonly Phase[];
}

const OPTIONS: CheckOptions = { lang: 'vi', thresholds: DEFAULT_THRESHOLDS, numberStyle: 'vi', generatedAt: '01/07/2025 08:00' };

/** Wraps a port so that each whole-sheet read is its own phase (header reads are grouped). */
function timedPort(port: WorkbookPort, clock: PhaseClock): WorkbookPort {
  return {
    listSheets: () => port.listSheets(),
    readSheet: (name, options) =>
      clock.step(options?.maxRows === undefined ? `read sheet "${name}" (inflate + scan)` : `read first ${options.maxRows} rows of "${name}"`, () => port.readSheet(name, options)),
    writeOwnedSheet: (model) => port.writeOwnedSheet(model),
    setFlags: (flags) => port.setFlags(flags),
    clearFlags: (sheet) => port.clearFlags(sheet),
  };
}

/** Runs the CLI's steps on `input`, writing into `outDir`, and returns the phase report. */
export async function cliPhases(input: string, outDir: string): Promise<PhaseReport> {
  useNativeZlib();
  const clock = new PhaseClock();
  const bytes = await clock.step('read file', () => readFileSync(input));
  const wb = await clock.step('open package (zip directory, workbook.xml)', () => openWorkbook(bytes));
  const port = new FilePort(wb);
  const t0 = clock.phases.length;
  const outcome = await clock.step('runCheck total (reads + engine)', () => runCheck(timedPort(port, clock), OPTIONS, { validation: true, summary: true, flags: true }));
  if (isRunFailure(outcome)) throw new Error(outcome.message);
  const reads = clock.phases.slice(t0, -1);
  const total = clock.phases[clock.phases.length - 1];
  const readMs = reads.reduce((s, p) => s + p.ms, 0);
  const readCpu = reads.reduce((s, p) => s + p.cpuMs, 0);
  clock.phases.push({ ...total, name: 'engine (runCheck minus reads)', ms: total.ms - readMs, cpuMs: total.cpuMs - readCpu });
  const written = await clock.step('commit: build output package', () => port.commit());
  await clock.step('write the workbook', () => writeAll([{ path: join(outDir, 'phases-out.xlsx'), data: written.bytes }]));
  await clock.step('JSON report (built and written in pieces)', () => writeAll([{ path: join(outDir, 'phases-r.json'), data: jsonPieces(outcome.report) }]));

  const steps = new PhaseClock();
  const sheetPart = (name: string): string => {
    const part = wb.sheets.find((s) => s.name === name)?.part;
    if (!part) throw new Error(`no part for ${name}`);
    return part;
  };
  const sstPath = wb.zip.names().find((n) => /sharedStrings\.xml$/i.test(n));
  const sst = await steps.step('shared strings: inflate + parse', () => readSharedStrings(sstPath ? wb.zip.bytes(sstPath) : undefined));
  const numFmts = await steps.step('styles: number formats', () => readNumFmtsByStyle(wb.stylesPath ? wb.zip.text(wb.stylesPath) : undefined));
  let data: SheetData | undefined;
  for (const name of [...new Set([...outcome.flags.map((f) => f.sheet)])].concat(wb.listSheets().map((s) => s.name))) {
    if (data && name === data.name) continue;
    const raw = wb.zip.raw(sheetPart(name));
    if (!raw) continue;
    const xml = await steps.step(`inflate "${name}" (${Math.round(raw.compressedSize / 2 ** 20)} → ${Math.round(raw.uncompressedSize / 2 ** 20)} MB)`, () => inflateEntry(raw));
    const scanned = await steps.step(`scan "${name}" XML → cells`, () => scanSheet(xml, { sharedStrings: sst, numFmts }));
    data ??= { name, rows: scanned.rows };
  }
  const styles = await steps.step('patch styles.xml', () => patchStyles(wb.zip.text(wb.stylesPath ?? 'xl/styles.xml')));
  const rendered: Uint8Array[] = [];
  for (const model of [outcome.validationSheet, outcome.summarySheet]) {
    rendered.push(await steps.step(`render owned sheet "${model.name}" (${model.rows.length} rows)`, () => renderWorksheet(model, styles.xf)));
  }
  for (const f of outcome.flags) {
    const n = f.cells.critical.length + f.cells.warning.length + f.cells.unassessed.length;
    await steps.step(`patch flags on "${f.sheet}" (${n} cells, incl. inflate)`, () => patchFlags(wb.zip.bytes(sheetPart(f.sheet)), f, styles.dxf));
  }
  await steps.step('zip write (copy raw parts, deflate new ones)', () =>
    writeZip([...wb.zip.entries().map((raw) => ({ name: raw.name, raw })), ...rendered.map((data, i) => ({ name: `xl/worksheets/bench${i}.xml`, data }))]),
  );
  return { phases: clock.phases, steps: steps.phases };
}

if (require.main === module) {
  const [input, outDir] = process.argv.slice(2);
  cliPhases(input, outDir).then(
    (report) => process.stdout.write(JSON.stringify(report) + '\n'),
    (error: unknown) => {
      process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
      process.exitCode = 1;
    },
  );
}
