/**
 * The shape of a form fixture (a workbook built from form sheets, its CLI options and expected exit code)
 * and the code that writes one with its options file beside it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Workbook } from 'exceljs';
import { newWorkbook, saveWorkbook } from '../fixture-xlsx';
import type { Cell } from '../fixture-xlsx';
import { writeForm } from './form-writer';
import type { FormRow, FormSpec } from './form-writer';

/** One form workbook fixture. */
export interface FormFixture {
  /** File name under test/fixtures/forms/. */
  readonly file: string;
  /** What the fixture exercises, in a sentence. */
  readonly about: string;
  /** Extra CLI arguments of the run its golden report comes from. */
  readonly args?: readonly string[];
  /** Expected exit status of `chitieu check`. */
  readonly exit: 0 | 1 | 2;
  /** Builds the workbook (form sheets, catalogue sheet, anything else). */
  readonly build: () => Workbook;
  /** Re-save the written file through LibreOffice, so the package is that application's XML. */
  readonly viaLibreOffice?: boolean;
}

/** The options file written beside each fixture and read by the golden test. */
export interface FormFixtureOptions {
  readonly about: string;
  readonly args: readonly string[];
  readonly exit: 0 | 1 | 2;
}

/** A workbook with one sheet per form spec, in order. */
export function formWorkbook(sheets: ReadonlyArray<readonly [string, FormSpec]>): Workbook {
  const wb = newWorkbook('Văn phòng HĐND và UBND huyện');
  for (const [name, spec] of sheets) writeForm(wb.addWorksheet(name), spec);
  return wb;
}

/** An indicator row: STT, name, unit, then the other cells by column key. */
export function ind(stt: Cell, name: string, unit: string, cells: Readonly<Record<string, Cell>> = {}): FormRow {
  return { cells: { stt, name, unit, ...cells } };
}

/** A number shown with thousands separators ("#,##0"), as forms format their money and quantities. */
export function n(value: number): Cell {
  return { $: value, numFmt: Number.isInteger(value) ? '#,##0' : '#,##0.0' };
}

/** A group row ("I" | "CHỈ TIÊU KINH TẾ"). */
export function group(stt: string, name: string): FormRow {
  return { group: true, cells: { stt, name } };
}

/** A breakdown row ("Trong đó: Thu nội địa", "- Khu vực thành thị"), STT optional. */
export function part(name: string, unit: string, cells: Readonly<Record<string, Cell>> = {}, stt?: string): FormRow {
  return { part: true, cells: { ...(stt === undefined ? {} : { stt }), name, unit, ...cells } };
}

/** Converts an .xlsx through LibreOffice (headless) in place. */
function resaveWithLibreOffice(path: string): void {
  const out = mkdtempSync(join(tmpdir(), 'chitieu-lo-'));
  const profile = `-env:UserInstallation=file://${join(out, 'profile')}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'xlsx', '--outdir', out, path], { stdio: 'ignore', timeout: 120_000 });
  renameSync(join(out, basename(path)), path);
}

/** Writes a fixture and its options file into a folder; returns the names written. */
export async function writeFormFixture(fx: FormFixture, dir: string): Promise<string[]> {
  const path = join(dir, fx.file);
  await saveWorkbook(fx.build(), path);
  if (fx.viaLibreOffice) resaveWithLibreOffice(path);
  const options: FormFixtureOptions = { about: fx.about, args: fx.args ?? [], exit: fx.exit };
  const optionsFile = fx.file.replace(/\.xlsx$/, '.options.json');
  writeFileSync(join(dir, optionsFile), JSON.stringify(options, null, 2) + '\n');
  return [fx.file, optionsFile];
}
