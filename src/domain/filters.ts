/**
 * Filters: which kinds of actor and interaction, and which countries, a
 * person wants to see. A filter state becomes an edge mask (1 = passes) that
 * the graph, the status line, the event log and the balance chart all share.
 */
import type { TielineGraph } from './model';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from './vocabulary';

export interface FilterState {
  /** Actor kinds switched off; an interaction passes only if both ends' kinds are on. */
  hiddenNodeKinds: readonly NodeKind[];
  /** Interaction kinds switched off. */
  hiddenEdgeKinds: readonly EdgeKind[];
  /** Country node indices chosen; empty = every country. An interaction passes if either end belongs to one. */
  countries: readonly number[];
}

export const NO_FILTER: FilterState = { hiddenNodeKinds: [], hiddenEdgeKinds: [], countries: [] };

/** Whether the state filters anything out. */
export function isFiltering(f: FilterState): boolean {
  return f.hiddenNodeKinds.length > 0 || f.hiddenEdgeKinds.length > 0 || f.countries.length > 0;
}

/** The country an actor belongs to: its `countryIndex` (a country is its own). */
export function countryOf(graph: TielineGraph, node: number): number {
  const n = graph.nodes[node]!;
  return n.kind === 'country' ? n.index : n.countryIndex;
}

/** Per-choice tests of a filter state, as typed-array lookups. */
export interface FilterTests {
  nodeKindOk(node: number): boolean;
  edgeKindOk(edge: number): boolean;
  countryOk(edge: number): boolean;
}

/** Lookups as typed arrays, so a pass over 50,000 interactions stays in the milliseconds. */
export function filterTests(graph: TielineGraph, f: FilterState): FilterTests {
  const hiddenNode = new Set(f.hiddenNodeKinds);
  const hiddenEdge = new Set(f.hiddenEdgeKinds);
  const nodeOk = Uint8Array.from(graph.nodes, (n) => (hiddenNode.has(n.kind) ? 0 : 1));
  const chosen = new Uint8Array(graph.nodes.length);
  for (const c of f.countries) if (c >= 0 && c < chosen.length) chosen[c] = 1;
  const inChosen = Uint8Array.from(graph.nodes, (n) => {
    const c = n.kind === 'country' ? n.index : n.countryIndex;
    return c >= 0 && chosen[c] ? 1 : 0;
  });
  const anyCountry = f.countries.length > 0;
  return {
    nodeKindOk: (n) => nodeOk[n] === 1,
    edgeKindOk: (i) => !hiddenEdge.has(graph.edges[i]!.kind),
    countryOk: (i) => {
      if (!anyCountry) return true;
      const e = graph.edges[i]!;
      return inChosen[e.source] === 1 || inChosen[e.target] === 1;
    },
  };
}

/** The edge mask for a filter state, or null when nothing is filtered out (everything passes). O(edges). */
export function filterMask(graph: TielineGraph, f: FilterState): Uint8Array | null {
  if (!isFiltering(f)) return null;
  const t = filterTests(graph, f);
  const mask = new Uint8Array(graph.edges.length);
  for (const e of graph.edges) {
    mask[e.index] = t.edgeKindOk(e.index) && t.nodeKindOk(e.source) && t.nodeKindOk(e.target) && t.countryOk(e.index) ? 1 : 0;
  }
  return mask;
}

export interface FilterCounts {
  nodeKinds: Record<NodeKind, number>;
  edgeKinds: Record<EdgeKind, number>;
  /** By country node index. */
  countries: Map<number, number>;
}

/**
 * Counts beside each choice, over the interactions in view (`inView`, before
 * filtering): for each choice, how many interactions involving it pass the
 * other two kinds of filter. So a count says what switching a choice on would
 * show, whatever its own state.
 */
export function filterCounts(graph: TielineGraph, f: FilterState, inView: readonly number[]): FilterCounts {
  const t = filterTests(graph, f);
  const nodeKinds = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  const edgeKinds = Object.fromEntries(EDGE_KINDS.map((k) => [k, 0])) as Record<EdgeKind, number>;
  const countries = new Map<number, number>();
  for (const i of inView) {
    const e = graph.edges[i]!;
    const kindOk = t.edgeKindOk(i);
    const nodesOk = t.nodeKindOk(e.source) && t.nodeKindOk(e.target);
    const countryOk = t.countryOk(i);
    if (nodesOk && countryOk) edgeKinds[e.kind]++;
    if (kindOk && countryOk) {
      const a = graph.nodes[e.source]!.kind;
      const b = graph.nodes[e.target]!.kind;
      // Both ends must pass, so count the edge for a kind only if the other end's kind is on.
      if (t.nodeKindOk(e.target) || a === b) nodeKinds[a]++;
      if (b !== a && t.nodeKindOk(e.source)) nodeKinds[b]++;
    }
    if (kindOk && nodesOk) {
      const ca = countryOf(graph, e.source);
      const cb = countryOf(graph, e.target);
      if (ca >= 0) countries.set(ca, (countries.get(ca) ?? 0) + 1);
      if (cb >= 0 && cb !== ca) countries.set(cb, (countries.get(cb) ?? 0) + 1);
    }
  }
  return { nodeKinds, edgeKinds, countries };
}
