/**
 * The column-number row under a form's header (SPEC §2.1): "A", "B", "C", "1", "2", "(3)", "4=3/2",
 * "5 = 3/1". It is not data; its formula labels say which columns a stated comparison divides.
 */
import type { RawCell } from '../model/model';

/** A comparison column's formula label: its number is `num` divided by `den` (column numbers as labelled). */
export interface ColumnFormula {
  readonly num: number;
  readonly den: number;
}

/** What a column-number row says: its row, each column's number and each formula column's operands. */
export interface ColumnNumbers {
  /** 0-based row index of the column-number row. */
  readonly rowIndex: number;
  /** The label as written, by 0-based column. */
  readonly labelOf: Readonly<Record<number, string>>;
  /** The column's number ("3", "(3)", the left side of "4=3/2"), by 0-based column. */
  readonly numberOf: Readonly<Record<number, number>>;
  /** Operands of "4=3/2"-style labels, by 0-based column. */
  readonly formulaOf: Readonly<Record<number, ColumnFormula>>;
}

const LETTER_OR_NUMBER = /^\(?(?:[A-Za-zĐđ]|(\d{1,2}))\)?$/;
const FORMULA = /^\(?(\d{1,2})\)?\s*=\s*([()\d\s/:*x×+\-.,%]+)$/;
const RATIO = /^\(?(\d{1,2})\)?\s*[/:]\s*\(?(\d{1,2})\)?(?:\s*[*x×]\s*100\s*%?)?$/;

/** The label of a cell in a column-number row, or null when the cell is no such label. */
function labelOf(cell: RawCell | undefined): string | null | undefined {
  const v = cell?.value;
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 && v < 100 ? String(v) : null;
  if (typeof v !== 'string') return null;
  const text = v.trim();
  if (text === '') return undefined;
  return text.length <= 24 && (LETTER_OR_NUMBER.test(text) || FORMULA.test(text)) ? text : null;
}

/** Reads a row as a column-number row: at least 3 labels and nothing else; null when it is not one. */
export function readColumnNumbers(cells: ReadonlyArray<RawCell | undefined> | undefined, rowIndex: number): ColumnNumbers | null {
  if (!cells) return null;
  const labels: Record<number, string> = {};
  const numbers: Record<number, number> = {};
  const formulas: Record<number, ColumnFormula> = {};
  let count = 0;
  for (let c = 0; c < cells.length; c++) {
    const label = labelOf(cells[c]);
    if (label === undefined) continue;
    if (label === null) return null;
    labels[c] = label;
    count++;
    const plain = LETTER_OR_NUMBER.exec(label);
    if (plain?.[1]) numbers[c] = Number(plain[1]);
    const formula = FORMULA.exec(label);
    if (!formula) continue;
    numbers[c] = Number(formula[1]);
    const ratio = RATIO.exec(formula[2].trim());
    if (ratio) formulas[c] = { num: Number(ratio[1]), den: Number(ratio[2]) };
  }
  return count >= 3 ? { rowIndex, labelOf: labels, numberOf: numbers, formulaOf: formulas } : null;
}
