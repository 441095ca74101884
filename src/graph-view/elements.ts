/**
 * Cytoscape elements, built once per loaded graph. Time, selection and
 * filters later change only classes on these elements.
 */
import type { ElementDefinition } from 'cytoscape';
import type { TielineGraph } from '../domain/model';
import { looksOf } from '../domain/lineLooks';

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

/** Whether the file stores a layout for tall screens (every node has one). */
export function hasTallLayout(graph: TielineGraph): boolean {
  return graph.nodes.length > 0 && graph.nodes.every((n) => n.tallPosition !== undefined);
}

/** Where each actor goes on a tall or a wide screen (the stored position for that shape, else the wide one). */
export function storedPosition(graph: TielineGraph, index: number, tall: boolean): { x: number; y: number } | undefined {
  const n = graph.nodes[index]!;
  return tall && hasTallLayout(graph) ? n.tallPosition : n.position;
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
export function buildElements(graph: TielineGraph, positions: Positions, look?: ElementLook, tall = false): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const useTall = tall && hasTallLayout(graph);
  for (const n of graph.nodes) {
    const position = (useTall ? n.tallPosition : n.position) ?? positions.get(n.id) ?? { x: 0, y: 0 };
    out.push({
      group: 'nodes',
      data: { id: nodeElementId(n.index), label: n.label, index: n.index },
      position: { x: position.x, y: position.y },
      classes: !look ? `k-${n.kind} idle` : look.nodeDegree[n.index] ? `k-${n.kind}` : `k-${n.kind} ${look.idleClass}`,
    });
  }
  for (const e of graph.edges) {
    const classes = [`k-${e.kind}`];
    if (!look) classes.push('out');
    else if (!look.edgeVisible[e.index]) classes.push(look.outClass);
    if (e.directed) classes.push('directed');
    // Planned, disputed, abstained, affiliation: each has its own look (src/domain/lineLooks.ts).
    classes.push(...looksOf(e));
    out.push({
      group: 'edges',
      data: { id: edgeElementId(e.index), source: nodeElementId(e.source), target: nodeElementId(e.target), index: e.index },
      classes: classes.join(' '),
    });
  }
  return out;
}

/**
 * One edge per pair of actors, shown instead of the pair's interactions when
 * "Merge repeats" is on. Built only when the person first turns it on: on a
 * large graph nearly every interaction is its own pair, and building them up
 * front cost 14 MB at 5,000 edges and 140 MB at 50,000.
 */
export function buildPairElements(graph: TielineGraph): ElementDefinition[] {
  return pairsOf(graph).ends.map(([a, b], p) => ({
    group: 'edges',
    data: { id: pairElementId(p), source: nodeElementId(a), target: nodeElementId(b), pair: p, count: 0, countLabel: '', color: '#5b6675' },
    classes: 'agg agg-off',
  }));
}
