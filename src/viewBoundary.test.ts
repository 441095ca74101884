/**
 * The architecture's boundary, held by a test: components and the graph view
 * never compute what is in view, counts or paths themselves; they read the
 * store's view engine (src/domain/viewEngine.ts). This fails when a file in
 * src/components or src/graph-view imports a visibility, filter, path or
 * time-index function, or constructs an engine of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = import.meta.dirname;
const FORBIDDEN = [
  /\b(filterMask|filterCounts|filterTests|shortestPaths|neighbourhood|pathEdges|buildAdjacency|monthlyActivity|balanceBuckets|kindsInView|buildSearchIndex)\b/,
  /\b(startingIn|endingIn|countAtOrBefore|countBefore|overlaps|boundsOf)\b/,
  /\bnew ViewEngine\b/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.(test|fixture)\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The names a file imports, from any module. */
function importedNames(text: string): string[] {
  return [...text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!));
}

describe('view boundary', () => {
  const files = [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'graph-view'))];

  it('finds the files it guards', () => {
    expect(files.some((f) => f.endsWith('GraphCanvas.tsx'))).toBe(true);
    expect(files.some((f) => f.endsWith('StatusLine.tsx'))).toBe(true);
    expect(files.some((f) => f.endsWith('attachSigmaView.ts'))).toBe(true);
  });

  it('only src/graph-view imports a renderer (cytoscape, sigma, graphology)', () => {
    const all = sourceFiles(ROOT).filter((f) => !relative(ROOT, f).startsWith('graph-view'));
    const renderer = /from\s+'(cytoscape[^']*|react-cytoscapejs|sigma[^']*|graphology[^']*)'|import\('(cytoscape|sigma|graphology)/;
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((f) => renderer.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f))).toEqual([]);
    expect(renderer.test("import Sigma from 'sigma';")).toBe(true);
  });

  it('no component or graph-view file imports a function that computes visibility, counts or paths', () => {
    const offences = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const names = importedNames(text).filter((n) => FORBIDDEN.slice(0, 2).some((re) => re.test(n)));
      if (FORBIDDEN[2]!.test(text)) names.push('new ViewEngine');
      return names.map((n) => `${relative(ROOT, f)}: ${n}`);
    });
    expect(offences).toEqual([]);
  });

  it('the check itself catches an offending import', () => {
    expect(importedNames("import { boundsOf, type Bounds } from '../../domain/timeView';").filter((n) => FORBIDDEN[1]!.test(n))).toEqual(['boundsOf']);
  });
});
