/**
 * Cytoscape elements, built once per loaded graph. Time, selection and
 * filters later change only classes on these elements.
 */
import type { ElementDefinition } from 'cytoscape';
import type { TielineGraph } from '../domain/model';

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** Element ids are prefixed so node and edge ids from a file can never clash. */
export const nodeElementId = (index: number): string => `n${index}`;
export const edgeElementId = (index: number): string => `e${index}`;

/** Builds every element, all out of view until the first time step applies. */
export function buildElements(graph: TielineGraph, positions: Positions): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const n of graph.nodes) {
    const position = n.position ?? positions.get(n.id) ?? { x: 0, y: 0 };
    out.push({
      group: 'nodes',
      data: { id: nodeElementId(n.index), label: n.label, index: n.index },
      position: { x: position.x, y: position.y },
      classes: `k-${n.kind} idle`,
    });
  }
  for (const e of graph.edges) {
    const classes = [`k-${e.kind}`, 'out'];
    if (e.directed) classes.push('directed');
    if (e.status === 'planned') classes.push('planned');
    out.push({
      group: 'edges',
      data: { id: edgeElementId(e.index), source: nodeElementId(e.source), target: nodeElementId(e.target), index: e.index },
      classes: classes.join(' '),
    });
  }
  return out;
}
