/** Groups the cells of a SheetModel by style into few rectangles, so formats are set per style, never per cell. */
import type { CellBlock, SheetModel, StyleId } from '../core';
import { blockAddress } from '../core';

interface OpenRun {
  readonly start: number;
  readonly colStart: number;
  readonly colEnd: number;
}

/** For each style used in the model, the A1 addresses of rectangles that together cover exactly its cells. */
export function groupStyles(model: SheetModel): Map<StyleId, string[]> {
  const blocks = new Map<StyleId, CellBlock[]>();
  let open = new Map<string, OpenRun>();
  const close = (key: string, run: OpenRun, endRow: number): void => {
    const style = key.split('|')[0] as StyleId;
    const list = blocks.get(style) ?? [];
    list.push({ row: run.start, col: run.colStart, rows: endRow - run.start, cols: run.colEnd - run.colStart + 1 });
    blocks.set(style, list);
  };
  for (let r = 0; r <= model.rows.length; r++) {
    const next = new Map<string, OpenRun>();
    for (const [key, colStart, colEnd] of rowRuns(model, r)) {
      const previous = open.get(key);
      next.set(key, previous ?? { start: r, colStart, colEnd });
      open.delete(key);
    }
    for (const [key, run] of open) close(key, run, r);
    open = next;
  }
  const result = new Map<StyleId, string[]>();
  for (const [style, list] of blocks) result.set(style, list.map(blockAddress));
  return result;
}

/** Runs of one style across adjacent columns in row r, keyed by style and column span. */
function rowRuns(model: SheetModel, r: number): Array<[string, number, number]> {
  const row = model.rows[r];
  const runs: Array<[string, number, number]> = [];
  if (row === undefined) return runs;
  let c = 0;
  while (c < row.length) {
    const style = row[c]?.style;
    if (style === undefined) {
      c++;
      continue;
    }
    let end = c;
    while (end + 1 < row.length && row[end + 1]?.style === style) end++;
    runs.push([`${style}|${c}|${end}`, c, end]);
    c = end + 1;
  }
  return runs;
}
