/**
 * A unit's check as a worker thread sends it: each indicator's texts as numbers into a table of strings that grows
 * with every message (a worker sends each distinct text once), its numbers in typed arrays. Structured cloning then
 * copies a few arrays instead of rebuilding ≈ 700 strings and 134 objects per unit.
 */
import type { Band, Direction, UnitCheck, UnitIndicator } from '../core';

/** Texts of one indicator, in this order, as places in the string table (-1: null). */
const TEXTS = 6;
/** Numbers of one indicator: actual, then the target's kind, first and second number. */
const NUMBERS = 4;

/** Target kinds in the number columns. */
const enum TargetKind {
  None = 0,
  Value = 1,
  Range = 2,
  Milestone = 3,
}

/** One unit's check, packed. */
export type PackedUnitCheck =
  | { readonly file: string; readonly name: string; readonly unreadable: string }
  | {
      readonly file: string;
      readonly name: string;
      readonly issues: Extract<UnitCheck, { report: unknown }>['report']['issues'];
      readonly catalogue: Extract<UnitCheck, { report: unknown }>['report']['catalogue'];
      /** Strings new to the table since the previous message of this worker, in the order they were added. */
      readonly strings: readonly string[];
      readonly texts: Int32Array;
      readonly numbers: Float64Array;
    };

/** The worker's side: packs checks, sending each distinct string once. */
export class UnitPacker {
  private readonly places = new Map<string, number>();
  private fresh: string[] = [];

  /** The check, packed. */
  pack(check: UnitCheck): PackedUnitCheck {
    if ('unreadable' in check) return check;
    const { indicators, issues, catalogue } = check.report;
    const texts = new Int32Array(indicators.length * TEXTS);
    const numbers = new Float64Array(indicators.length * NUMBERS);
    indicators.forEach((ind, i) => {
      const t = i * TEXTS;
      texts[t] = this.place(ind.code);
      texts[t + 1] = this.place(ind.name);
      texts[t + 2] = this.place(ind.unit);
      texts[t + 3] = this.place(ind.direction);
      texts[t + 4] = this.place(ind.band);
      texts[t + 5] = this.place(ind.override);
      const n = i * NUMBERS;
      numbers[n] = ind.actual ?? NaN;
      const target = ind.target;
      if (typeof target === 'number') [numbers[n + 1], numbers[n + 2]] = [TargetKind.Value, target];
      else if (target === 'milestone') numbers[n + 1] = TargetKind.Milestone;
      else if (target) [numbers[n + 1], numbers[n + 2], numbers[n + 3]] = [TargetKind.Range, target.min, target.max];
    });
    const strings = this.fresh;
    this.fresh = [];
    return { file: check.file, name: check.name, issues, catalogue, strings, texts, numbers };
  }

  private place(text: string | null): number {
    if (text === null) return -1;
    let at = this.places.get(text);
    if (at === undefined) {
      at = this.places.size;
      this.places.set(text, at);
      this.fresh.push(text);
    }
    return at;
  }
}

/** The receiving side of one worker: its string table, grown with each message in the order they were sent. */
export class UnitUnpacker {
  private readonly strings: string[] = [];

  /** The check as the worker had it. */
  unpack(packed: PackedUnitCheck): UnitCheck {
    if ('unreadable' in packed) return packed;
    for (const s of packed.strings) this.strings.push(s);
    const { texts, numbers } = packed;
    const text = (at: number): string | null => (at < 0 ? null : this.strings[at]);
    const indicators: UnitIndicator[] = [];
    for (let i = 0; i * TEXTS < texts.length; i++) {
      const t = i * TEXTS;
      const n = i * NUMBERS;
      const actual = numbers[n];
      const kind = numbers[n + 1];
      indicators.push({
        code: text(texts[t]),
        name: text(texts[t + 1]) as string,
        unit: text(texts[t + 2]),
        direction: text(texts[t + 3]) as Direction,
        target: kind === TargetKind.Value ? numbers[n + 2] : kind === TargetKind.Range ? { min: numbers[n + 2], max: numbers[n + 3] } : kind === TargetKind.Milestone ? 'milestone' : null,
        actual: Number.isNaN(actual) ? null : actual,
        band: text(texts[t + 4]) as Band,
        override: text(texts[t + 5]) as Band | null,
      });
    }
    return { file: packed.file, name: packed.name, report: { issues: packed.issues, catalogue: packed.catalogue, indicators } };
  }
}
