/**
 * Focus and paths in the picture. Focus hides every actor outside the chosen
 * neighbourhood (cytoscape then hides their edges too); a path query lifts
 * the actors and interactions on the shortest paths and steps the rest back.
 * Both follow the time view, so they are re-applied on each step while active.
 */
import type { Core } from 'cytoscape';
import type { TielineGraph } from '../domain/model';
import { neighbourhood, pathEdges, shortestPaths } from '../domain/paths';
import type { VisibleSet } from '../domain/visibleSet';
import type { TielineState } from '../store/createTielineStore';
import { edgeElementId, nodeElementId } from './elements';

/** Call inside `cy.batch()`. */
export function applyFocus(
  cy: Core,
  graph: TielineGraph,
  adj: readonly number[][],
  visible: VisibleSet,
  s: Pick<TielineState, 'focus' | 'pathQuery'>,
): void {
  cy.elements('.outside').removeClass('outside');
  cy.elements('.on-path').removeClass('on-path');
  cy.elements('.off-path').removeClass('off-path');
  if (s.focus) {
    const keep = neighbourhood(graph, adj, visible.edgeVisible, s.focus.node, s.focus.depth);
    cy.nodes().forEach((el) => {
      if (!keep.has(el.data('index') as number)) el.addClass('outside');
    });
  }
  if (s.pathQuery) {
    const paths = shortestPaths(graph, adj, visible.edgeVisible, s.pathQuery.from, s.pathQuery.to);
    const nodes = new Set(paths.flat());
    nodes.add(s.pathQuery.from);
    nodes.add(s.pathQuery.to);
    const edges = pathEdges(graph, adj, visible.edgeVisible, paths);
    // The paths win over the selection's fading: they are what the person asked to see.
    cy.elements().addClass('off-path');
    for (const n of nodes) cy.getElementById(nodeElementId(n)).removeClass('off-path faded').addClass('on-path');
    for (const i of edges) cy.getElementById(edgeElementId(i)).removeClass('off-path faded').addClass('on-path');
    // With repeats merged, the pair's single edge carries the path.
    for (const p of paths) {
      for (let k = 0; k + 1 < p.length; k++) {
        const a = cy.getElementById(nodeElementId(p[k]!));
        a.edgesWith(cy.getElementById(nodeElementId(p[k + 1]!))).filter('.agg').not('.agg-off').removeClass('off-path faded').addClass('on-path');
      }
    }
  }
}
