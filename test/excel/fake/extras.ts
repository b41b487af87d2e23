/** Fake format recorders, conditional formats, names and charts for the fake Excel host. */
import type { CellBlock } from '../../../src/core';
import type { FakeContext } from './context';
import { FakeClientObject } from './context';
import type { FakeChartState, FakeConditionalFormat, FakeSheet } from './state';

/** A proxy that records every property set under `path` (format.font.bold …) as a format entry of the sheet. */
export function recordingProxy(ctx: FakeContext, sheet: () => FakeSheet, areas: () => string, path: string): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  return new Proxy(target, {
    get(_t, prop: string) {
      if (prop === 'getItem') return (edge: string) => recordingProxy(ctx, sheet, areas, `${path}.${edge}`);
      return recordingProxy(ctx, sheet, areas, `${path}.${prop}`);
    },
    set(_t, prop: string, value: unknown) {
      let wireAreas = '?';
      try {
        wireAreas = areas();
      } catch {
        // resolved at sync
      }
      ctx.enqueue({ set: `${path}.${prop}`, areas: wireAreas, value }, () => sheet().formats.push({ areas: areas(), property: `${path}.${prop}`, value }));
      return true;
    },
  });
}

/** A loaded conditional format item or one being added. */
export class FakeConditionalFormatItem extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly sheet: () => FakeSheet, readonly state: FakeConditionalFormat) {
    super(ctx);
  }

  protected override readProperties(list: string[]): Record<string, unknown> {
    return Object.fromEntries(list.map((p) => [p, (this.state as unknown as Record<string, unknown>)[p]]));
  }

  get type(): string { return this.loadedValue('type'); }

  get custom(): unknown {
    const item = this.state;
    const ctx = this.ctx;
    const rule = new (class extends FakeClientObject {
      protected override readProperties(): Record<string, unknown> { return { formula: item.formula }; }
      get formula(): string { return this.loadedValue('formula'); }
      set formula(f: string) { ctx.enqueue({ set: 'rule.formula', f }, () => { item.formula = f; }); }
    })(ctx);
    const setter = (key: 'fill' | 'fontColor') => ({
      set color(c: string) { ctx.enqueue({ set: key, c }, () => { item[key] = c; }); },
    });
    return { rule, format: { fill: setter('fill'), font: setter('fontColor') } };
  }

  delete(): void {
    this.ctx.enqueue({ delete: this.state.id }, () => {
      const list = this.sheet().conditionalFormats;
      list.splice(list.findIndex((f) => f.id === this.state.id), 1);
    });
  }
}

/** The conditional formats of a range (all of the sheet's rules that touch it). */
export class FakeConditionalFormatCollection extends FakeClientObject {
  private loadedItems: FakeConditionalFormatItem[] | null = null;

  constructor(ctx: FakeContext, private readonly sheet: () => FakeSheet, private readonly areas: () => string, private readonly blocks: () => CellBlock[]) {
    super(ctx);
  }

  override load(): this {
    this.ctx.enqueue({ load: 'conditionalFormats' }, () => {
      const mine = this.blocks();
      const touches = (f: FakeConditionalFormat): boolean =>
        f.areas.split(',').some((a) => mine.some((b) => intersects(b, a)));
      const states = this.sheet().conditionalFormats.filter(touches);
      this.loadedItems = states.map((s) => {
        const item = new FakeConditionalFormatItem(this.ctx, this.sheet, s);
        item.setLoaded({ type: s.type });
        return item;
      });
      return states.map((s) => s.type);
    });
    return this;
  }

  get items(): FakeConditionalFormatItem[] {
    if (this.loadedItems === null) throw new Error('items not loaded');
    return this.loadedItems;
  }

  add(type: string): FakeConditionalFormatItem {
    const state: FakeConditionalFormat = { id: this.ctx.book.nextId++, type, areas: '', formula: '' };
    this.ctx.enqueue({ add: 'conditionalFormat', type }, () => {
      state.areas = this.areas();
      this.sheet().conditionalFormats.push(state);
    });
    return new FakeConditionalFormatItem(this.ctx, this.sheet, state);
  }
}

function intersects(block: CellBlock, address: string): boolean {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address.trim());
  if (!m) return false;
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(m[2]) - 1;
  const r2 = Number(m[4] ?? m[2]) - 1;
  const c1 = col(m[1]);
  const c2 = col(m[3] ?? m[1]);
  return r1 < block.row + block.rows && r2 >= block.row && c1 < block.col + block.cols && c2 >= block.col;
}

/** Sheet-scoped names. */
export class FakeNameCollection {
  constructor(private readonly ctx: FakeContext, private readonly sheet: () => FakeSheet) {}

  add(name: string, formula: string, comment = ''): { visible: boolean } {
    const entry = { formula, visible: true, comment };
    this.ctx.enqueue({ addName: name, formula }, () => this.sheet().names.set(name, entry));
    const ctx = this.ctx;
    return { set visible(v: boolean) { ctx.enqueue({ visible: v }, () => { entry.visible = v; }); }, get visible() { return entry.visible; } };
  }

  getItemOrNullObject(name: string): FakeClientObject & { formula: string } {
    const sheet = this.sheet;
    const item = new (class extends FakeClientObject {
      protected override exists(): boolean { return sheet().names.has(name); }
      protected override readProperties(): Record<string, unknown> { return { formula: sheet().names.get(name)?.formula }; }
      get formula(): string { return this.loadedValue('formula'); }
    })(this.ctx);
    return item.trackExistence();
  }
}

/** The charts of a sheet. */
export class FakeChartCollection {
  constructor(private readonly ctx: FakeContext, private readonly sheet: () => FakeSheet) {}

  add(type: string, source: { describe(): string }, _seriesBy: string): unknown {
    const ctx = this.ctx;
    const chart: FakeChartState = { type, source: '', title: '', legend: '', anchor: '', width: 0, height: 0, series: [] };
    ctx.enqueue({ addChart: type }, () => {
      chart.source = source.describe();
      chart.series.push({ name: '', values: chart.source, categories: '', color: '' });
      this.sheet().charts.push(chart);
    });
    const set = <K extends keyof FakeChartState>(key: K) => (v: FakeChartState[K]) => ctx.enqueue({ chart: key, v }, () => { chart[key] = v; });
    const seriesProxy = (index: () => number) => {
      const s = () => chart.series[index()];
      return {
        set name(n: string) { ctx.enqueue({ seriesName: n }, () => { s().name = n; }); },
        setValues: (r: { describe(): string }) => ctx.enqueue({ setValues: 1 }, () => { s().values = r.describe(); }),
        setXAxisValues: (r: { describe(): string }) => ctx.enqueue({ setX: 1 }, () => { s().categories = r.describe(); }),
        format: { fill: { setSolidColor: (c: string) => ctx.enqueue({ color: c }, () => { s().color = c; }) } },
      };
    };
    let added = 0;
    return {
      title: { set text(t: string) { set('title')(t); } },
      legend: { set position(p: string) { set('legend')(p); } },
      set width(w: number) { set('width')(w); },
      set height(h: number) { set('height')(h); },
      setPosition: (anchor: string) => set('anchor')(anchor),
      series: {
        getItemAt: (i: number) => seriesProxy(() => i),
        add: (name: string) => {
          const i = ++added;
          ctx.enqueue({ addSeries: name }, () => { chart.series.push({ name, values: '', categories: '', color: '' }); });
          return seriesProxy(() => i);
        },
      },
    };
  }
}
