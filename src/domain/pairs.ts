/** Pairs of actors: each unordered pair that shares at least one edge gets a number. */
import type { TielineGraph } from './model';

/** Numbers each unordered pair of actors that has edges; `pairOfEdge[i]` is edge i's pair, `ends[p]` its actors (lower index first). */
export function pairsOf(graph: TielineGraph): { pairOfEdge: Int32Array; pairCount: number; ends: [number, number][] } {
  // A number per pair of ends (exact in a double up to 94 million actors): no string per interaction.
  const n = graph.nodes.length;
  const ids = new Map<number, number>();
  const ends: [number, number][] = [];
  const pairOfEdge = new Int32Array(graph.edges.length);
  for (const e of graph.edges) {
    const a = Math.min(e.source, e.target);
    const b = Math.max(e.source, e.target);
    const key = a * n + b;
    let p = ids.get(key);
    if (p === undefined) {
      ids.set(key, (p = ends.length));
      ends.push([a, b]);
    }
    pairOfEdge[e.index] = p;
  }
  return { pairOfEdge, pairCount: ends.length, ends };
}


/**
 * A pair of actors with more interactions than this is drawn as one line with
 * their count (as "Merge repeats" draws every pair), never as that many
 * parallel edges: cytoscape's `add` visits every parallel edge of each edge it
 * adds, so 50,000 interactions between two actors held the page for minutes.
 * The shipped data's busiest pair has 11.
 */
export const MAX_PARALLEL_EDGES = 64;

/** Which pairs are drawn merged whatever the "Merge repeats" switch says. */
export interface HeavyPairs {
  /** `heavy[p]` is 1 when pair p has more than MAX_PARALLEL_EDGES edges. */
  heavy: Uint8Array;
  /** The heavy pairs' numbers, in order. */
  list: number[];
}

/** The pairs with more than MAX_PARALLEL_EDGES edges, from a numbering made by `pairsOf`. */
export function heavyPairsOf(pairs: { pairOfEdge: ArrayLike<number>; ends: readonly unknown[] }): HeavyPairs {
  const sizes = new Int32Array(pairs.ends.length);
  for (let i = 0; i < pairs.pairOfEdge.length; i++) sizes[pairs.pairOfEdge[i]!]!++;
  const heavy = new Uint8Array(sizes.length);
  const list: number[] = [];
  sizes.forEach((n, p) => {
    if (n > MAX_PARALLEL_EDGES) {
      heavy[p] = 1;
      list.push(p);
    }
  });
  return { heavy, list };
}
