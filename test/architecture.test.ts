import { readFileSync, readdirSync, statSync } from 'node:fs';
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
      const to = folderOf(resolve(dirname(file), m[1]));
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

  it('the engine imports no host, UI or package layer', () => {
    const outside = [...edges.entries()].filter(([from]) => from === 'core' || from.startsWith('core/')).flatMap(([, to]) => [...to].filter((t) => !t.startsWith('core') && t !== 'index.ts'));
    expect(outside).toEqual([]);
  });
});
