/**
 * The sigma view by keyboard, as attachKeyboard.ts is for cytoscape (the
 * same pure direction logic, domain/spatialNavigation.ts): while the graph
 * has focus, the arrow keys move to the nearest actor drawn that way and
 * select it; Enter and Shift+Enter walk the selected actor's drawn ties
 * clockwise. The selection wears a focus ring while the graph has keyboard
 * focus: a DOM ring over the canvas (WebGL draws no outlines), placed after
 * every frame so it follows pans and zooms.
 */
import type Sigma from 'sigma';
import type { TielineGraph } from '../../domain/model';
import { clockwise, nearestInDirection, nearestTo, type ArrowDirection } from '../../domain/spatialNavigation';
import type { Selection, TielineStore } from '../../store/createTielineStore';
import { GRAPH_KEYS_HINT, NO_ACTOR_TO_WALK, actorAnnouncement, focusVisibleOf, graphKeyAction, nextAround, noActorFurther, noTiesDrawn, tieAnnouncement } from '../graphKeys';
import { edgeKey, nodeKey, pairKey, type SigmaGraph } from './buildSigmaGraph';

/** The drawn element (a graphology key) that shows a selection, or null. */
export function keyOfSelection(model: TielineGraph, built: SigmaGraph, pairEnds: readonly (readonly [number, number])[], selection: Selection): string | null {
  if (!selection) return null;
  if (selection.kind === 'node') {
    const i = model.nodeIndex.get(selection.id);
    return i === undefined ? null : nodeKey(i);
  }
  if (selection.kind === 'edge') {
    const i = model.edgeIndex.get(selection.id);
    if (i === undefined) return null;
    if (built.graph.hasEdge(edgeKey(i))) return edgeKey(i);
    const p = built.pairOfEdge[i]!;
    return built.heavy[p] ? pairKey(p) : null; // a heavy pair's interaction: its one line shows it
  }
  const [a, b] = selection.id.split(' ').map((id) => model.nodeIndex.get(id));
  const p = built.heavyList.find((q) => {
    const [s, t] = pairEnds[q]!;
    return (s === a && t === b) || (s === b && t === a);
  });
  return p === undefined ? null : pairKey(p);
}

/** Call once per renderer; `focusable` takes the keyboard and holds the ring. Returns a detach function. */
export function attachSigmaKeyboard(
  renderer: Sigma,
  model: TielineGraph,
  built: SigmaGraph,
  pairEnds: readonly (readonly [number, number])[],
  store: TielineStore,
  focusable: HTMLElement,
  announce: (text: string) => void,
): () => void {
  const g = built.graph;
  const ring = document.createElement('div');
  ring.className = 'sigma-canvas__ring';
  ring.hidden = true;
  focusable.appendChild(ring);
  /** The actor whose ties Enter walks (kept while one of its ties is selected). */
  let anchor: string | null = null;

  const at = (key: string) => renderer.graphToViewport(g.getNodeAttributes(key) as { x: number; y: number });
  const drawn = (key: string) => !g.getNodeAttribute(key, 'hidden');
  const indexOf = (key: string) => Number(key.slice(1));
  const selectedKey = () => keyOfSelection(model, built, pairEnds, store.getState().selection);

  const place = () => {
    const key = selectedKey();
    const show = key !== null && document.activeElement === focusable && focusVisibleOf(focusable);
    ring.hidden = !show;
    if (!show) return;
    if (g.hasNode(key)) {
      const p = at(key);
      const r = renderer.scaleSize(g.getNodeAttribute(key, 'size') as number) + 6;
      Object.assign(ring.style, { left: `${p.x - r}px`, top: `${p.y - r}px`, width: `${2 * r}px`, height: `${2 * r}px`, transform: '', borderRadius: '50%' });
    } else {
      const [s, t] = g.extremities(key);
      const a = at(s);
      const b = at(t);
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      const angle = Math.atan2(b.y - a.y, b.x - a.x);
      Object.assign(ring.style, { left: `${a.x}px`, top: `${a.y - 6}px`, width: `${length}px`, height: '12px', transform: `rotate(${angle}rad)`, borderRadius: '6px' });
    }
  };

  const tiesOf = (node: string) => {
    const out: string[] = [];
    g.forEachEdge(node, (key, attrs, s, t) => {
      if (!attrs.hidden && drawn(s) && drawn(t)) out.push(key);
    });
    return out;
  };

  const selectNode = (key: string) => {
    anchor = key;
    const i = indexOf(key);
    const actor = model.nodes[i]!;
    store.getState().select({ kind: 'node', id: actor.id });
    const p = at(key);
    const { width, height } = renderer.getDimensions();
    if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) store.getState().requestCenter(i);
    announce(actorAnnouncement(actor, tiesOf(key).length));
  };

  const selectEdge = (key: string) => {
    const [s, t] = g.extremities(key).map((k) => model.nodes[indexOf(k)]!);
    if (key.startsWith('p')) {
      store.getState().select({ kind: 'pair', id: `${s!.id} ${t!.id}` });
      announce(`Many interactions between ${s!.label} and ${t!.label}`);
      return;
    }
    const it = model.edges[indexOf(key)]!;
    store.getState().select({ kind: 'edge', id: it.id });
    announce(tieAnnouncement(it, s!.label, t!.label));
  };

  const move = (direction: ArrowDirection) => {
    const points: { id: string; x: number; y: number }[] = [];
    g.forEachNode((key, a) => {
      if (!a.hidden) points.push({ id: key, ...renderer.graphToViewport(a as { x: number; y: number }) });
    });
    if (points.length === 0) return;
    const current = selectedKey();
    let from: { x: number; y: number } | null = null;
    let fromId: string | undefined;
    if (current && g.hasNode(current) && drawn(current)) fromId = current;
    else if (anchor && drawn(anchor)) fromId = anchor;
    if (fromId) from = at(fromId);
    else if (current && g.hasEdge(current)) {
      const [a, b] = g.extremities(current).map(at);
      from = { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
    }
    const { width, height } = renderer.getDimensions();
    const next = from ? nearestInDirection(points, from, direction, fromId) : nearestTo(points, { x: width / 2, y: height / 2 });
    if (next) selectNode(next.id);
    else if (fromId) announce(noActorFurther(direction));
  };

  const walkTies = (step: 1 | -1) => {
    const current = selectedKey();
    if (current && g.hasNode(current)) anchor = current;
    if (!anchor) {
      announce(NO_ACTOR_TO_WALK);
      return;
    }
    const centre = at(anchor);
    const from = anchor;
    const ties = clockwise(
      tiesOf(from).map((e) => ({ e, ...at(g.opposite(from, e)) })),
      centre,
    ).map((t) => t.e);
    if (ties.length === 0) {
      announce(noTiesDrawn(model.nodes[indexOf(from)]!.label));
      return;
    }
    const i = current && g.hasEdge(current) ? ties.indexOf(current) : -1;
    selectEdge(ties[nextAround(i, step, ties.length)]!);
  };

  const onKey = (ev: KeyboardEvent) => {
    const action = ev.target === focusable ? graphKeyAction(ev) : null;
    if (!action) return;
    ev.preventDefault();
    if ('move' in action) move(action.move);
    else walkTies(action.walk);
  };
  const onFocus = () => {
    place();
    if (!store.getState().selection) announce(GRAPH_KEYS_HINT);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.selection !== prev.selection) place();
  });
  renderer.on('afterRender', place);
  focusable.addEventListener('keydown', onKey);
  focusable.addEventListener('focus', onFocus);
  focusable.addEventListener('blur', place);
  return () => {
    unsubscribe();
    renderer.removeListener('afterRender', place);
    focusable.removeEventListener('keydown', onKey);
    focusable.removeEventListener('focus', onFocus);
    focusable.removeEventListener('blur', place);
    ring.remove();
  };
}
