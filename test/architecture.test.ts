import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = join(__dirname, '..', 'src');

/** Every .ts/.tsx file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The folder of src a path belongs to: top level, and one level deeper inside core (core/parse, core/forms…). */
function folderOf(path: string): string {
  const parts = relative(SRC, path).split(/[\\/]/);
  return parts[0] === 'core' && parts.length > 2 ? `core/${parts[1]}` : parts[0];
}

/** Edges between folders: which folder imports which. */
function folderEdges(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of sources(SRC)) {
    const from = folderOf(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const target = resolve(dirname(file), m[1]);
      const to = folderOf(existsSync(target) && statSync(target).isDirectory() ? join(target, 'index') : target);
      if (to !== from) (edges.get(from) ?? edges.set(from, new Set()).get(from))!.add(to);
    }
  }
  return edges;
}

describe('layering', () => {
  const edges = folderEdges();
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
    [...(edges.get(from) ?? [])].some((next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen))));

  it.each(['core', 'xlsx', 'cli', 'excel', 'ui', 'addin', 'web'])('src/%s is in no import cycle with another top-level folder', (folder) => {
    const top = [...edges.keys()].filter((f) => !f.startsWith('core/'));
    const cyclic = top.filter((other) => other !== folder && !other.startsWith(`${folder}/`) && reaches(folder, other) && reaches(other, folder));
    expect(cyclic.filter((f) => !f.startsWith('core'))).toEqual([]);
  });

  it('src/core has no import cycle between its folders (its top-level files count as one folder)', () => {
    const core = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((to) => [...to])])].filter((f) => f === 'core' || f.startsWith('core/'));
    const cycles = core.flatMap((a) => core.filter((b) => a < b && reaches(a, b) && reaches(b, a)).map((b) => `${a} <-> ${b}`));
    expect(cycles).toEqual([]);
  });

  it('the engine imports no host, UI or package layer', () => {
    const outside = [...edges.entries()].filter(([from]) => from === 'core' || from.startsWith('core/')).flatMap(([, to]) => [...to].filter((t) => !t.startsWith('core') && t !== 'index.ts'));
    expect(outside).toEqual([]);
  });
});
