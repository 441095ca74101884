/**
 * The graph by keyboard. While the graph area has focus, the arrow keys move
 * to the nearest actor drawn that way on screen and select it; Enter and
 * Shift+Enter walk the selected actor's ties drawn on screen, clockwise.
 * Whatever is selected wears a focus ring while the graph has focus (a
 * style bypass on that one element, removed on blur), and each move is
 * announced through `announce` for screen readers.
 */
import type { Core, EdgeSingular, NodeSingular, SingularElementReturnValue } from 'cytoscape';
import type { TielineGraph } from '../domain/model';
import { clockwise, nearestInDirection, nearestTo, type ArrowDirection } from '../domain/spatialNavigation';
import type { Selection, TielineStore } from '../store/createTielineStore';
import { edgeElementId, nodeElementId } from './elements';
import { GRAPH_KEYS_HINT, NO_ACTOR_TO_WALK, actorAnnouncement, focusVisibleOf, graphKeyAction, nextAround, noActorFurther, noTiesDrawn, tieAnnouncement } from './graphKeys';

/** Dark blue, 8.6:1 on the page background: reads as focus, not as a kind colour. */
const RING = '#1d4ed8';
const NODE_RING = { 'outline-width': 4, 'outline-color': RING, 'outline-offset': 4, 'outline-opacity': 1 };
const EDGE_RING = { 'underlay-color': RING, 'underlay-padding': 5, 'underlay-opacity': 0.55 };

/** The element that shows a selection: the actor, the interaction, or the merged pair's line. */
function elementOf(cy: Core, graph: TielineGraph, selection: Selection): SingularElementReturnValue | null {
  if (!selection) return null;
  if (selection.kind === 'node') {
    const i = graph.nodeIndex.get(selection.id);
    return i === undefined ? null : cy.getElementById(nodeElementId(i));
  }
  let a: number | undefined;
  let b: number | undefined;
  if (selection.kind === 'edge') {
    const i = graph.edgeIndex.get(selection.id);
    if (i === undefined) return null;
    const el = cy.getElementById(edgeElementId(i));
    if (!el.empty()) return el;
    // An interaction of a pair drawn as one line (a heavy pair): that line shows it.
    [a, b] = [graph.edges[i]!.source, graph.edges[i]!.target];
  } else [a, b] = selection.id.split(' ').map((id) => graph.nodeIndex.get(id));
  const line = cy.edges('.agg').filter((e) => {
    const s = e.source().data('index');
    const t = e.target().data('index');
    return (s === a && t === b) || (s === b && t === a);
  });
  return line.length ? line[0]! : null;
}

/** Call once per cy instance; `focusable` is the element that takes the keyboard. Returns a detach function. */
export function attachKeyboard(cy: Core, graph: TielineGraph, store: TielineStore, focusable: HTMLElement, announce: (text: string) => void): () => void {
  /** The actor whose ties Enter walks (kept while one of its ties is selected). */
  let anchor: NodeSingular | null = null;
  let ringed: SingularElementReturnValue | null = null;
  const focusVisible = () => focusVisibleOf(focusable);

  const unring = () => {
    if (!ringed || ringed.removed()) return;
    ringed.removeStyle(Object.keys(ringed.isNode() ? NODE_RING : EDGE_RING).join(' '));
    ringed = null;
  };
  const ring = () => {
    unring();
    // Keyboard focus only: a click on the graph focuses it too, and the selection look is enough there.
    if (document.activeElement !== focusable || !focusVisible()) return;
    const el = elementOf(cy, graph, store.getState().selection);
    if (!el || el.empty()) return;
    el.style(el.isNode() ? NODE_RING : EDGE_RING);
    ringed = el;
  };

  const describeNode = (n: NodeSingular) => {
    const actor = graph.nodes[n.data('index') as number]!;
    return actorAnnouncement(actor, n.connectedEdges(':visible').length);
  };
  const describeEdge = (e: EdgeSingular) => {
    const a = graph.nodes[e.source().data('index') as number]!.label;
    const b = graph.nodes[e.target().data('index') as number]!.label;
    const pair = e.data('pair') as number | undefined;
    if (pair !== undefined) return `${e.data('count') as number} interactions between ${a} and ${b}`;
    const it = graph.edges[e.data('index') as number]!;
    return tieAnnouncement(it, a, b);
  };

  const inView = (n: NodeSingular) => {
    const p = n.renderedPosition();
    return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
  };

  const selectNode = (n: NodeSingular) => {
    anchor = n;
    const index = n.data('index') as number;
    store.getState().select({ kind: 'node', id: graph.nodes[index]!.id });
    if (!inView(n)) store.getState().requestCenter(index);
    announce(describeNode(n));
  };

  const selectEdge = (e: EdgeSingular) => {
    const pair = e.data('pair') as number | undefined;
    const s = graph.nodes[e.source().data('index') as number]!;
    const t = graph.nodes[e.target().data('index') as number]!;
    if (pair !== undefined) store.getState().select({ kind: 'pair', id: `${s.id} ${t.id}` });
    else store.getState().select({ kind: 'edge', id: graph.edges[e.data('index') as number]!.id });
    announce(describeEdge(e));
  };

  const move = (direction: ArrowDirection) => {
    const nodes = cy.nodes(':visible');
    if (nodes.empty()) return;
    const points = nodes.map((n) => ({ id: n.id(), ...n.renderedPosition() }));
    const current = elementOf(cy, graph, store.getState().selection);
    let from: { x: number; y: number } | null = null;
    let fromId: string | undefined;
    if (current?.isNode() && current.visible()) {
      from = (current as NodeSingular).renderedPosition();
      fromId = current.id();
    } else if (anchor && !anchor.removed() && anchor.visible()) {
      from = anchor.renderedPosition();
      fromId = anchor.id();
    } else if (current?.isEdge()) from = (current as EdgeSingular).renderedMidpoint();
    // Nothing to move from: start with the actor nearest the middle of the view.
    const next = from ? nearestInDirection(points, from, direction, fromId) : nearestTo(points, { x: cy.width() / 2, y: cy.height() / 2 });
    if (next) selectNode(cy.getElementById(next.id) as NodeSingular);
    else if (fromId) announce(noActorFurther(direction));
  };

  const walkTies = (step: 1 | -1) => {
    const current = elementOf(cy, graph, store.getState().selection);
    if (current?.isNode()) anchor = current as NodeSingular;
    if (!anchor || anchor.removed()) {
      announce(NO_ACTOR_TO_WALK);
      return;
    }
    const centre = anchor.renderedPosition();
    const ties = clockwise(
      anchor.connectedEdges(':visible').map((e) => ({ e, ...(e.source().same(anchor!) ? e.target() : e.source()).renderedPosition() })),
      centre,
    ).map((t) => t.e);
    if (ties.length === 0) {
      announce(noTiesDrawn(graph.nodes[anchor.data('index') as number]!.label));
      return;
    }
    const at = current?.isEdge() ? ties.findIndex((e) => e.same(current)) : -1;
    selectEdge(ties[nextAround(at, step, ties.length)]!);
  };

  const onKey = (ev: KeyboardEvent) => {
    const action = ev.target === focusable ? graphKeyAction(ev) : null;
    if (!action) return;
    ev.preventDefault();
    if ('move' in action) move(action.move);
    else walkTies(action.walk);
  };
  const onFocus = () => {
    ring();
    if (!store.getState().selection) announce(GRAPH_KEYS_HINT);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.selection !== prev.selection) ring();
  });
  focusable.addEventListener('keydown', onKey);
  focusable.addEventListener('focus', onFocus);
  focusable.addEventListener('blur', unring);
  return () => {
    unsubscribe();
    unring();
    focusable.removeEventListener('keydown', onKey);
    focusable.removeEventListener('focus', onFocus);
    focusable.removeEventListener('blur', unring);
  };
}
