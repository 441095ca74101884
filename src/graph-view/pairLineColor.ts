/**
 * The colour of a pair's one line (a merged pair, or a heavy pair drawn as one
 * line), for both renderers: the kind's colour when every tie of the pair in
 * view shares one kind, else the mixed grey the legend explains.
 */
import type { ViewEngine } from '../domain/viewEngine';
import { EDGE_KIND_INFO, type EdgeKind } from '../domain/vocabulary';
import { MIXED_COLOR } from './elements';

/** The line colour of pair `p` for the ties of it in view now. */
export function pairLineColor(engine: ViewEngine, p: number): string {
  const { pairOfEdge, ends } = engine.pairs;
  const visible = engine.edgeVisible;
  const edges = engine.graph!.edges;
  let kind: EdgeKind | null = null;
  // The adjacency, not edgesOfPair: no sorted list to build on every step (a heavy pair may have 50,000).
  for (const i of engine.adjacency[ends[p]![0]]!) {
    if (!visible[i] || pairOfEdge[i] !== p) continue;
    const k = edges[i]!.kind;
    if (kind === null) kind = k;
    else if (kind !== k) return MIXED_COLOR;
  }
  return kind === null ? MIXED_COLOR : EDGE_KIND_INFO[kind].color;
}
