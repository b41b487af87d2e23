/** Summarises a V8 .cpuprofile: self and inclusive time per function, for "where the time goes". */
import { readFileSync } from 'node:fs';

/** Time spent in one function (ms). */
export interface HotFunction {
  readonly name: string;
  readonly ms: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function label(n: ProfileNode): string {
  const url = n.callFrame.url.replace(/^.*\/lib\//, '').replace(/^file:\/\//, '');
  return url ? `${n.callFrame.functionName || '(anonymous)'} (${url}:${n.callFrame.lineNumber + 1})` : n.callFrame.functionName;
}

/** Self times (top functions) and inclusive times (src/core functions and the garbage collector) of a profile file. */
export function summarizeProfile(path: string, top = 15): { self: HotFunction[]; inclusive: HotFunction[] } {
  const p = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ticks = new Map<number, number>();
  p.samples.forEach((id, i) => ticks.set(id, (ticks.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of ticks) {
    const node = byId.get(id);
    if (!node) continue;
    self.set(label(node), (self.get(label(node)) ?? 0) + us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = label(byId.get(cur) as ProfileNode);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  const sorted = (m: Map<string, number>, keep: (name: string) => boolean, n: number): HotFunction[] =>
    [...m]
      .filter(([name]) => keep(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: us / 1000 }));
  return {
    self: sorted(self, (name) => name !== '(idle)' && name !== '(program)', top),
    inclusive: sorted(inclusive, (name) => name.includes('src/core/') || name === '(garbage collector)', top + 5),
  };
}
