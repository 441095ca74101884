/**
 * Cytoscape elements, built once per loaded graph. Time, selection and
 * filters later change only classes on these elements.
 */
import type { ElementDefinition } from 'cytoscape';
import type { TielineGraph } from '../domain/model';
import { drawnLabel } from '../domain/shortLabel';

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** Element ids are prefixed so node and edge ids from a file can never clash. */
export const nodeElementId = (index: number): string => `n${index}`;
export const edgeElementId = (index: number): string => `e${index}`;
/** Aggregate edge of a pair of actors (see aggregates.ts). */
export const pairElementId = (pair: number): string => `p${pair}`;

/** Numbers each unordered pair of actors that has interactions; `pairOfEdge[i]` is edge i's pair. */
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

/**
 * A pair of actors with more interactions than this is drawn as one line with
 * their count (as "Merge repeats" draws every pair), never as that many
 * parallel edges: cytoscape's `add` visits every parallel edge of each edge it
 * adds, so 50,000 interactions between two actors held the page for minutes.
 * The shipped data's busiest pair has 11.
 */
export const MAX_PARALLEL_EDGES = 64;

/** `heavy[p]` is 1 when pair p has more than MAX_PARALLEL_EDGES interactions. */
export function heavyPairsOf(graph: TielineGraph, pairs = pairsOf(graph)): { heavy: Uint8Array; count: number } {
  const sizes = new Int32Array(pairs.pairCount);
  for (let i = 0; i < pairs.pairOfEdge.length; i++) sizes[pairs.pairOfEdge[i]!]!++;
  const heavy = new Uint8Array(pairs.pairCount);
  let count = 0;
  sizes.forEach((n, p) => {
    if (n > MAX_PARALLEL_EDGES) {
      heavy[p] = 1;
      count++;
    }
  });
  return { heavy, count };
}

/** Which interactions and actors are in view, and the classes for those that are not. */
export interface ElementLook {
  edgeVisible: Uint8Array;
  nodeDegree: Int32Array;
  outClass: string;
  idleClass: string;
}

/**
 * Builds every element, with the classes of `look` (see initialLook), or all
 * out of view when there is none.
 */
export function buildElements(graph: TielineGraph, positions: Positions, look?: ElementLook): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const n of graph.nodes) {
    const position = n.position ?? positions.get(n.id) ?? { x: 0, y: 0 };
    out.push({
      group: 'nodes',
      data: { id: nodeElementId(n.index), label: drawnLabel(n.label), index: n.index },
      position: { x: position.x, y: position.y },
      classes: !look ? `k-${n.kind} idle` : look.nodeDegree[n.index] ? `k-${n.kind}` : `k-${n.kind} ${look.idleClass}`,
    });
  }
  const pairs = pairsOf(graph);
  const { heavy, count: heavyCount } = heavyPairsOf(graph, pairs);
  const heavyInView = heavyCount ? new Int32Array(pairs.pairCount) : null;
  for (const e of graph.edges) {
    const p = pairs.pairOfEdge[e.index]!;
    if (heavy[p]) {
      if (!look || look.edgeVisible[e.index]) heavyInView![p]!++;
      continue;
    }
    const classes = [`k-${e.kind}`];
    if (!look) classes.push('out');
    else if (!look.edgeVisible[e.index]) classes.push(look.outClass);
    if (e.directed) classes.push('directed');
    if (e.status === 'planned') classes.push('planned');
    out.push({
      group: 'edges',
      data: { id: edgeElementId(e.index), source: nodeElementId(e.source), target: nodeElementId(e.target), index: e.index },
      classes: classes.join(' '),
    });
  }
  if (heavyInView) {
    pairs.ends.forEach(([a, b], p) => {
      if (!heavy[p]) return;
      const n = look ? heavyInView[p]! : 0;
      out.push(pairElement(a, b, p, n, n > 0 ? 'agg heavy' : 'agg heavy agg-off'));
    });
  }
  return out;
}

function pairElement(a: number, b: number, p: number, count: number, classes: string): ElementDefinition {
  return {
    group: 'edges',
    data: { id: pairElementId(p), source: nodeElementId(a), target: nodeElementId(b), pair: p, count, countLabel: count > 1 ? String(count) : '' },
    classes,
  };
}

/**
 * One edge per pair of actors, shown instead of the pair's interactions when
 * "Merge repeats" is on. Built only when the person first turns it on: on a
 * large graph nearly every interaction is its own pair, and building them up
 * front cost 14 MB at 5,000 edges and 140 MB at 50,000.
 */
export function buildPairElements(graph: TielineGraph, skip?: Uint8Array): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  pairsOf(graph).ends.forEach(([a, b], p) => {
    if (!skip?.[p]) out.push(pairElement(a, b, p, 0, 'agg agg-off'));
  });
  return out;
}
