/**
 * `npm run bench:excel`: round trips and bytes of a one-click check (the ribbon's Kiểm tra) through the Office.js
 * adapter over a counting fake Excel host, for a 200-row and a 100 000-row workbook; writes its section of
 * bench/RESULTS.md. The jest test test/excel/sync-budget.test.ts asserts the same budget.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRibbonAction } from '../src/addin/ribbon';
import { EXCEL_SECTION, withSection } from './results-section';
import type { FakeCell } from '../test/excel/fake';
import { newWorkbook } from '../test/excel/fake';
import { bigGrid } from '../test/excel/support';
import { testHost } from '../test/ui/fake-host';

/** What one check cost. */
export interface SyncMeasure {
  readonly rows: number;
  readonly syncs: number;
  readonly budget: number;
  readonly largestRequest: number;
  readonly largestResponse: number;
  readonly totalBytes: number;
  readonly ok: boolean;
}

/** The sync budget of a one-click check: 6 up to 5 000 rows, then 2·⌈rows/5000⌉ + 10. */
export function syncBudget(rows: number): number {
  return rows <= 5_000 ? 6 : 2 * Math.ceil(rows / 5_000) + 10;
}

/** A workbook with a catalogue and a data sheet of `rows` indicators each. */
export function checkWorkbook(rows: number): Array<{ name: string; cells: FakeCell[][] }> {
  const data = bigGrid(rows);
  return [
    { name: 'Danh mục chỉ tiêu', cells: data.map((row) => row.slice(0, 5)) },
    { name: 'Số liệu', cells: data },
  ];
}

/** Runs the ribbon's check over the counting fake host (twice: the second run replaces flags and the sheet) and measures the second. */
export async function measureOneClickCheck(rows: number): Promise<SyncMeasure> {
  const { host, book } = testHost('vi-VN', undefined, newWorkbook(checkWorkbook(rows)));
  const first = await runRibbonAction(host, 'check');
  if (!first.ok) throw new Error(first.message);
  book.syncs = 0;
  book.requests = [];
  const result = await runRibbonAction(host, 'check');
  const bytes = book.requests.map((r) => r.requestBytes + r.responseBytes);
  return {
    rows,
    syncs: book.syncs,
    budget: syncBudget(rows),
    largestRequest: Math.max(...book.requests.map((r) => r.requestBytes)),
    largestResponse: Math.max(...book.requests.map((r) => r.responseBytes)),
    totalBytes: bytes.reduce((a, b) => a + b, 0),
    ok: result.ok,
  };
}

const mb = (n: number): string => `${(n / 1e6).toFixed(2)} MB`;

/** The RESULTS.md section for the measures. */
export function renderSection(measures: readonly SyncMeasure[], date: string): string {
  const lines = [
    EXCEL_SECTION.start,
    '## Excel add-in: round trips of a one-click check',
    '',
    `Written by \`npm run bench:excel\` (bench/excel-syncs.ts) on ${date}. The ribbon's *Kiểm tra* through the Office.js adapter`,
    'over the counting fake Excel host (test/excel/fake: it serialises every batch like a request and refuses any over 5 MB);',
    'a catalogue and a data sheet of *rows* indicators each; the second run is measured (it replaces flags and the sheet).',
    'Budget: 6 syncs up to 5 000 rows, else 2·⌈rows/5000⌉ + 10.',
    '',
    '| rows | syncs | budget | largest request | largest response | bytes sent + received |',
    '|---:|---:|---:|---:|---:|---:|',
    ...measures.map((m) => `| ${m.rows.toLocaleString('en-US').replace(/,/g, ' ')} | ${m.syncs} | ${m.budget} | ${mb(m.largestRequest)} | ${mb(m.largestResponse)} | ${mb(m.totalBytes)} |`),
    EXCEL_SECTION.end,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const measures = [await measureOneClickCheck(200), await measureOneClickCheck(100_000)];
  const section = renderSection(measures, new Date().toISOString().slice(0, 10));
  const file = join(__dirname, '..', '..', 'bench', 'RESULTS.md');
  if (!process.argv.includes('--no-write')) writeFileSync(file, withSection(readFileSync(file, 'utf8'), EXCEL_SECTION, section));
  process.stdout.write(`${section}\n`);
}

if (require.main === module) void main();
