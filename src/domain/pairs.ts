/** Pairs of actors: each unordered pair that shares at least one edge gets a number. */
import type { TielineGraph } from './model';

/** Numbers each unordered pair of actors that has edges; `pairOfEdge[i]` is edge i's pair, `ends[p]` its actors (lower index first). */
export function pairsOf(graph: TielineGraph): { pairOfEdge: Int32Array; pairCount: number; ends: [number, number][] } {
  const ids = new Map<string, number>();
  const ends: [number, number][] = [];
  const pairOfEdge = new Int32Array(graph.edges.length);
  for (const e of graph.edges) {
    const a = Math.min(e.source, e.target);
    const b = Math.max(e.source, e.target);
    const key = `${a}:${b}`;
    let p = ids.get(key);
    if (p === undefined) {
      ids.set(key, (p = ends.length));
      ends.push([a, b]);
    }
    pairOfEdge[e.index] = p;
  }
  return { pairOfEdge, pairCount: ends.length, ends };
}

