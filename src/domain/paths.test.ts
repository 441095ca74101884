import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interaction, TielineGraph } from './model';
import { buildAdjacency, neighbourhood, pathEdges, pathsMayChange, searchShortestPaths, shortestPaths } from './paths';

/** A bare graph with n actors and the given undirected pairs as interactions. */
function graphOf(n: number, pairs: [number, number][]): TielineGraph {
  return {
    nodes: Array.from({ length: n }, (_, index) => ({ index, id: `n${index}`, label: `N${index}`, kind: 'person', aliases: [], countryIndex: -1, sources: [] })),
    edges: pairs.map(([source, target], index) => ({ index, id: `e${index}`, source, target }) as Interaction),
  } as unknown as TielineGraph;
}

/** Oracle: every simple path from a to b by exhaustive search, keeping the shortest. */
function bruteForce(g: TielineGraph, on: Uint8Array, a: number, b: number): string[] {
  const all: number[][] = [];
  const walk = (path: number[]) => {
    const u = path[path.length - 1]!;
    if (u === b) {
      all.push(path);
      return;
    }
    for (const e of g.edges) {
      if (!on[e.index]) continue;
      const v = e.source === u ? e.target : e.target === u ? e.source : -1;
      if (v >= 0 && !path.includes(v)) walk([...path, v]);
    }
  };
  walk([a]);
  if (all.length === 0) return [];
  const min = Math.min(...all.map((p) => p.length));
  return [...new Set(all.filter((p) => p.length === min).map((p) => p.join('-')))].sort();
}

describe('shortestPaths', () => {
  it('finds both routes of a square and none to an island', () => {
    const g = graphOf(5, [[0, 1], [1, 2], [0, 3], [3, 2]]);
    const on = new Uint8Array(4).fill(1);
    const adj = buildAdjacency(g);
    expect(shortestPaths(g, adj, on, 0, 2).map((p) => p.join('-')).sort()).toEqual(['0-1-2', '0-3-2']);
    expect(shortestPaths(g, adj, on, 0, 4)).toEqual([]);
    on[1] = 0; // the 1–2 interaction is out of view
    expect(shortestPaths(g, adj, on, 0, 2).map((p) => p.join('-'))).toEqual(['0-3-2']);
  });

  it('matches a brute-force oracle on random small graphs (parallel edges included)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            pairs: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 14 }),
            a: fc.integer({ min: 0, max: n - 1 }),
            b: fc.integer({ min: 0, max: n - 1 }),
            seed: fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
          }),
        ),
        ({ n, pairs, a, b, seed }) => {
          fc.pre(a !== b);
          const g = graphOf(n, pairs);
          const on = Uint8Array.from(pairs.map((_, i) => (seed[i] ? 1 : 0)));
          const got = shortestPaths(g, buildAdjacency(g), on, a, b, 10_000).map((p) => p.join('-')).sort();
          expect(got).toEqual(bruteForce(g, on, a, b));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('caps the number of paths', () => {
    // Ten parallel middle actors: ten shortest paths from 0 to 11.
    const pairs: [number, number][] = [];
    for (let m = 1; m <= 10; m++) pairs.push([0, m], [m, 11]);
    const g = graphOf(12, pairs);
    expect(shortestPaths(g, buildAdjacency(g), new Uint8Array(20).fill(1), 0, 11, 4)).toHaveLength(4);
  });
});

describe('pathsMayChange', () => {
  it('says no only when searching again finds the same paths, in the same order, over the same edges', () => {
    let kept = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            pairs: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { minLength: 1, maxLength: 16 }),
            a: fc.integer({ min: 0, max: n - 1 }),
            b: fc.integer({ min: 0, max: n - 1 }),
            before: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
            flips: fc.array(fc.integer({ min: 0, max: 15 }), { maxLength: 3 }),
            cap: fc.integer({ min: 1, max: 4 }),
          }),
        ),
        ({ n, pairs, a, b, before, flips, cap }) => {
          const g = graphOf(n, pairs);
          const adj = buildAdjacency(g);
          const on = Uint8Array.from(pairs.map((_, i) => (before[i] ? 1 : 0)));
          const old = searchShortestPaths(g, adj, on, a, b, cap);
          const oldEdges = [...pathEdges(g, adj, on, old.paths)];
          const changed = [...new Set(flips.filter((i) => i < pairs.length))];
          for (const i of changed) on[i] = 1 - on[i]!;
          const now = searchShortestPaths(g, adj, on, a, b, cap);
          if (!pathsMayChange(g, old, changed)) {
            kept++;
            expect(now.paths).toEqual(old.paths);
            expect([...pathEdges(g, adj, on, now.paths)]).toEqual(oldEdges);
          }
        },
      ),
      { numRuns: 1000 },
    );
    // The property says something: many changes leave the paths alone.
    expect(kept).toBeGreaterThan(100);
  });

  it('says yes when a new tie makes a shorter route, or a tie on the route goes', () => {
    const g = graphOf(5, [[0, 1], [1, 2], [2, 3], [0, 3], [3, 4]]);
    const adj = buildAdjacency(g);
    const on = Uint8Array.from([1, 1, 1, 0, 0]);
    const search = searchShortestPaths(g, adj, on, 0, 3);
    expect(search.paths).toEqual([[0, 1, 2, 3]]);
    expect(pathsMayChange(g, search, [3])).toBe(true); // 0–3 directly
    expect(pathsMayChange(g, search, [1])).toBe(true); // 1–2 leaves the view
    expect(pathsMayChange(g, search, [4])).toBe(false); // 3–4 lies beyond the route's end
  });
});

describe('neighbourhood', () => {
  it('reaches one or two steps over interactions in view', () => {
    const g = graphOf(5, [[0, 1], [1, 2], [2, 3], [3, 4]]);
    const on = new Uint8Array(4).fill(1);
    const adj = buildAdjacency(g);
    expect([...neighbourhood(g, adj, on, 2, 1)].sort()).toEqual([1, 2, 3]);
    expect([...neighbourhood(g, adj, on, 0, 2)].sort()).toEqual([0, 1, 2]);
    on[0] = 0;
    expect([...neighbourhood(g, adj, on, 0, 2)]).toEqual([0]);
  });
});
