/**
 * Selection in the picture: the selected actor, its interactions in view and
 * their other ends stay; everything else steps back.
 */
import type { Core } from 'cytoscape';
import type { TielineGraph } from '../domain/model';
import type { VisibleSet } from '../domain/visibleSet';
import type { Selection } from '../store/createTielineStore';
import { edgeElementId, nodeElementId } from './elements';

/** Call inside `cy.batch()`. */
export function applySelection(cy: Core, graph: TielineGraph, visible: VisibleSet, selection: Selection): void {
  cy.elements('.faded').removeClass('faded');
  cy.elements('.focus').removeClass('focus');
  if (!selection) return;
  const keepNodes = new Set<number>();
  const keepEdges = new Set<number>();
  if (selection.kind === 'node') {
    const n = graph.nodeIndex.get(selection.id);
    if (n === undefined) return;
    keepNodes.add(n);
    for (const e of graph.edges) {
      if ((e.source === n || e.target === n) && visible.edgeVisible[e.index]) {
        keepEdges.add(e.index);
        keepNodes.add(e.source);
        keepNodes.add(e.target);
      }
    }
    cy.getElementById(nodeElementId(n)).addClass('focus');
    cy.getElementById(nodeElementId(n)).connectedEdges('.agg').not('.agg-off').forEach((el) => {
      keepEdges.add(-1 - (el.data('pair') as number));
    });
  } else if (selection.kind === 'pair') {
    const [a, b] = selection.id.split(' ').map((id) => graph.nodeIndex.get(id) ?? -1);
    for (const e of graph.edges) {
      if (((e.source === a && e.target === b) || (e.source === b && e.target === a)) && visible.edgeVisible[e.index]) keepEdges.add(e.index);
    }
    keepNodes.add(a!);
    keepNodes.add(b!);
    cy.edges('.agg').forEach((el) => {
      const s = el.source().data('index') as number;
      const t = el.target().data('index') as number;
      if ((s === a && t === b) || (s === b && t === a)) {
        keepEdges.add(-1 - (el.data('pair') as number));
        el.addClass('focus');
      }
    });
  } else {
    const e = graph.edges[graph.edgeIndex.get(selection.id) ?? -1];
    if (!e) return;
    keepEdges.add(e.index);
    keepNodes.add(e.source);
    keepNodes.add(e.target);
    cy.getElementById(edgeElementId(e.index)).addClass('focus');
  }
  cy.nodes().forEach((el) => {
    if (!keepNodes.has(el.data('index') as number)) el.addClass('faded');
  });
  cy.edges().forEach((el) => {
    const pair = el.data('pair') as number | undefined;
    const key = pair === undefined ? (el.data('index') as number) : -1 - pair;
    if (!keepEdges.has(key)) el.addClass('faded');
  });
}
