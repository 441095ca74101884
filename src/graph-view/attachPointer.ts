/**
 * Pointer input on the graph: a tap selects an actor, an interaction or a
 * merged pair (a tap on the background clears the selection), and anything
 * tappable shows a pointer cursor.
 */
import type { Core, EventObject } from 'cytoscape';
import type { TielineGraph } from '../domain/model';
import type { TielineStore } from '../store/createTielineStore';

/** Call once per cy instance; returns a detach function that removes every listener. */
export function attachPointer(cy: Core, graph: TielineGraph, store: TielineStore): () => void {
  const onTapNode = (ev: EventObject) => {
    const n = graph.nodes[ev.target.data('index') as number];
    if (n) store.getState().select({ kind: 'node', id: n.id });
  };
  const onTapEdge = (ev: EventObject) => {
    const pair = ev.target.data('pair') as number | undefined;
    if (pair !== undefined) {
      const [a, b] = [ev.target.source().data('index') as number, ev.target.target().data('index') as number];
      store.getState().select({ kind: 'pair', id: `${graph.nodes[a]!.id} ${graph.nodes[b]!.id}` });
      return;
    }
    const e = graph.edges[ev.target.data('index') as number];
    if (e) store.getState().select({ kind: 'edge', id: e.id });
  };
  const onTapBackground = (ev: EventObject) => {
    if (ev.target === cy) store.getState().select(null);
  };
  const container = cy.container();
  const onOver = () => container && (container.style.cursor = 'pointer');
  const onOut = () => container && (container.style.cursor = '');
  cy.on('tap', 'node', onTapNode);
  cy.on('tap', 'edge', onTapEdge);
  cy.on('tap', onTapBackground);
  cy.on('mouseover', 'node, edge', onOver);
  cy.on('mouseout', 'node, edge', onOut);
  return () => {
    cy.removeListener('tap', 'node', onTapNode);
    cy.removeListener('tap', 'edge', onTapEdge);
    cy.removeListener('tap', onTapBackground);
    cy.removeListener('mouseover', 'node, edge', onOver);
    cy.removeListener('mouseout', 'node, edge', onOut);
  };
}
