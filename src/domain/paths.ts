/**
 * "How are they connected": every shortest path between two actors over the
 * interactions in view (breadth-first search, all shortest paths, capped).
 */
import type { TielineGraph } from './model';

/** Node index lists, each from `from` to `to`. */
export type NodePath = number[];

/** Adjacency (edge indices per node), built once per graph. */
export function buildAdjacency(graph: TielineGraph): number[][] {
  const adj: number[][] = graph.nodes.map(() => []);
  for (const e of graph.edges) {
    adj[e.source]!.push(e.index);
    if (e.target !== e.source) adj[e.target]!.push(e.index);
  }
  return adj;
}

/** The shortest paths found, with what the search reached (to tell later whether a change can alter them). */
export interface PathSearch {
  paths: NodePath[];
  /** Breadth-first distance from `from` of each node the search labelled (-1: not reached); null when from = to. */
  dist: Int32Array | null;
  /** The length of the shortest paths; Infinity when `to` was not reached. */
  length: number;
}

/**
 * All shortest paths (as node sequences) from `from` to `to` using only edges
 * with `edgeOn[i]` set, at most `cap` of them, in a stable order.
 */
export function shortestPaths(
  graph: TielineGraph,
  adj: readonly number[][],
  edgeOn: ArrayLike<number>,
  from: number,
  to: number,
  cap = 20,
): NodePath[] {
  return searchShortestPaths(graph, adj, edgeOn, from, to, cap).paths;
}

/** `shortestPaths`, keeping the search's distances for `pathsMayChange`. */
export function searchShortestPaths(
  graph: TielineGraph,
  adj: readonly number[][],
  edgeOn: ArrayLike<number>,
  from: number,
  to: number,
  cap = 20,
): PathSearch {
  if (from === to) return { paths: [[from]], dist: null, length: 0 };
  const dist = new Int32Array(graph.nodes.length).fill(-1);
  // Predecessors only for the nodes reached (a jump searches again: no array per actor of the graph).
  const preds = new Map<number, number[]>();
  dist[from] = 0;
  let frontier = [from];
  while (frontier.length > 0 && dist[to]! < 0) {
    const next: number[] = [];
    for (const u of frontier) {
      for (const i of adj[u]!) {
        if (!edgeOn[i]) continue;
        const e = graph.edges[i]!;
        const v = e.source === u ? e.target : e.source;
        if (dist[v] === -1) {
          dist[v] = dist[u]! + 1;
          next.push(v);
        }
        if (dist[v] === dist[u]! + 1) {
          const list = preds.get(v);
          if (!list) preds.set(v, [u]);
          else if (!list.includes(u)) list.push(u);
        }
      }
    }
    frontier = next;
  }
  if (dist[to]! < 0) return { paths: [], dist, length: Infinity };
  // Walk the predecessor DAG back from `to`, depth first, until the cap.
  const out: NodePath[] = [];
  const walk = (v: number, suffix: number[]) => {
    if (out.length >= cap) return;
    if (v === from) {
      out.push([from, ...suffix]);
      return;
    }
    for (const p of preds.get(v)!.sort((a, b) => a - b)) walk(p, [v, ...suffix]);
  };
  walk(to, []);
  return { paths: out, dist, length: dist[to]! };
}

/**
 * Whether turning the edges `changed` on or off can alter a search's result
 * (its paths, their order, and the edges joining their steps). It cannot
 * when no changed edge touches a node the search reached before its last
 * level: those nodes' edges decide every level up to the paths' length, so
 * the search would find the same thing again. Cheap, and conservative (true
 * when unsure): a replay step with a path shown then skips the search.
 */
export function pathsMayChange(graph: TielineGraph, search: PathSearch, changed: Iterable<number>): boolean {
  const { dist, length } = search;
  if (!dist) return false; // from = to: the one-actor path, whatever is in view
  const inner = (n: number) => dist[n]! >= 0 && dist[n]! < length;
  for (const i of changed) {
    const e = graph.edges[i]!;
    if (inner(e.source) || inner(e.target)) return true;
  }
  return false;
}

/** Nodes within `depth` steps of `node` over edges with `edgeOn[i]` set (the node included). */
export function neighbourhood(graph: TielineGraph, adj: readonly number[][], edgeOn: ArrayLike<number>, node: number, depth: number): Set<number> {
  const seen = new Set([node]);
  let frontier = [node];
  for (let d = 0; d < depth; d++) {
    const next: number[] = [];
    for (const u of frontier) {
      for (const i of adj[u]!) {
        if (!edgeOn[i]) continue;
        const e = graph.edges[i]!;
        const v = e.source === u ? e.target : e.source;
        if (!seen.has(v)) {
          seen.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/** The edges in view joining consecutive nodes of the paths. */
export function pathEdges(graph: TielineGraph, adj: readonly number[][], edgeOn: ArrayLike<number>, paths: readonly NodePath[]): Set<number> {
  const out = new Set<number>();
  for (const p of paths) {
    for (let k = 0; k + 1 < p.length; k++) {
      const a = p[k]!;
      const b = p[k + 1]!;
      for (const i of adj[a]!) {
        const e = graph.edges[i]!;
        if (edgeOn[i] && ((e.source === a && e.target === b) || (e.source === b && e.target === a))) out.add(i);
      }
    }
  }
  return out;
}
