/** The kinds a picture shows, so its legend explains only what is drawn. */
import type { TielineGraph } from './model';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from './vocabulary';

/**
 * Node and interaction kinds in view, in vocabulary order. Actors with no
 * interaction in view still count unless they are hidden (they are drawn dimmed).
 */
export function kindsInView(graph: TielineGraph, edgeIndices: readonly number[], hideIdle: boolean): { nodeKinds: NodeKind[]; edgeKinds: EdgeKind[] } {
  const edgeKinds = new Set<EdgeKind>();
  const nodeKinds = new Set<NodeKind>();
  for (const i of edgeIndices) {
    const e = graph.edges[i]!;
    edgeKinds.add(e.kind);
    nodeKinds.add(graph.nodes[e.source]!.kind);
    nodeKinds.add(graph.nodes[e.target]!.kind);
  }
  if (!hideIdle) for (const n of graph.nodes) nodeKinds.add(n.kind);
  return { nodeKinds: NODE_KINDS.filter((k) => nodeKinds.has(k)), edgeKinds: EDGE_KINDS.filter((k) => edgeKinds.has(k)) };
}
