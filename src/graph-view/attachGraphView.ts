/**
 * The bridge between the store and a cytoscape instance. It subscribes to the
 * store outside React and, on each time step, applies only the difference
 * between the previous and the next visible set, as class changes inside one
 * `cy.batch()`. No element is added or removed and no layout runs on a step.
 */
import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { boundsOf } from '../domain/timeView';
import { VisibleSet } from '../domain/visibleSet';
import type { TielineState, TielineStore } from '../store/createTielineStore';
import { edgeElementId, nodeElementId } from './elements';
import { FreshTracker } from './freshTracker';
import { applySelection } from './applySelection';

export interface GraphViewOptions {
  /** True when the person asked for less motion: fits jump instead of gliding. */
  reducedMotion?: () => boolean;
}

export interface GraphViewHandle {
  detach(): void;
  /** Rendered (screen) position of a node relative to the container, for tests and tooltips. */
  renderedPositionOf(nodeId: string): { x: number; y: number } | null;
}

const FIT_PADDING = 48;

function timeChanged(a: TielineState, b: TielineState): boolean {
  return a.day !== b.day || a.mode !== b.mode || a.window !== b.window;
}

/** Attaches a loaded graph's store to a cy instance that holds its elements. */
export function attachGraphView(cy: Core, store: TielineStore, options: GraphViewOptions = {}): GraphViewHandle {
  const { graph, timeIndex } = store.getState();
  if (!graph || !timeIndex) throw new Error('attachGraphView needs a loaded graph');
  const visible = new VisibleSet(graph.edges, timeIndex, graph.nodes.length);
  const nodeEls: NodeSingular[] = graph.nodes.map((n) => cy.getElementById(nodeElementId(n.index)) as NodeSingular);
  const edgeEls: EdgeSingular[] = graph.edges.map((e) => cy.getElementById(edgeElementId(e.index)) as EdgeSingular);
  const fresh = new FreshTracker(graph.edges, timeIndex);

  const outClass = (s: TielineState) => (s.ghostOut ? 'ghost' : 'out');
  const idleClass = (s: TielineState) => (s.hideIdle ? 'idle gone' : 'idle');

  const applyTime = (s: TielineState) => {
    const change = visible.moveTo(boundsOf(s));
    const freshChange = fresh.update(s.playing || s.recording ? s.day : null, s.speed, visible.edgeVisible);
    cy.batch(() => {
      const out = outClass(s);
      for (const i of change.shownEdges) edgeEls[i]!.removeClass(out);
      for (const i of change.hiddenEdges) edgeEls[i]!.addClass(out);
      const idle = idleClass(s);
      for (const n of change.activatedNodes) nodeEls[n]!.removeClass(idle);
      for (const n of change.idledNodes) nodeEls[n]!.addClass(idle);
      for (const [i, cls] of freshChange.removed) edgeEls[i]!.removeClass(cls);
      for (const [i, cls] of freshChange.added) edgeEls[i]!.addClass(cls);
      if (s.selection) applySelection(cy, graph, visible, s.selection);
    });
  };

  /** Re-applies every class that depends on a display option (rare: a switch was flipped). */
  const applyOptions = (s: TielineState, prev: TielineState) => {
    cy.batch(() => {
      const prevOut = outClass(prev);
      const out = outClass(s);
      const prevIdle = idleClass(prev);
      const idle = idleClass(s);
      edgeEls.forEach((el, i) => {
        if (visible.edgeVisible[i]) return;
        el.removeClass(prevOut).addClass(out);
      });
      nodeEls.forEach((el, n) => {
        if (visible.nodeDegree[n]) return;
        el.removeClass(prevIdle).addClass(idle);
      });
    });
  };

  const fit = (s: TielineState) => {
    cy.resize(); // the container may have just changed size (clean view, details panel); cytoscape notices late
    const eles = cy.nodes(s.hideIdle ? ':visible' : undefined);
    if (options.reducedMotion?.()) cy.fit(eles, FIT_PADDING);
    else cy.animate({ fit: { eles, padding: FIT_PADDING }, duration: 300, easing: 'ease-out-cubic' });
  };

  const onTapNode = (ev: EventObject) => {
    const n = graph.nodes[ev.target.data('index') as number];
    if (n) store.getState().select({ kind: 'node', id: n.id });
  };
  const onTapEdge = (ev: EventObject) => {
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

  const initial = store.getState();
  applyTime(initial);
  if (initial.hideIdle || initial.ghostOut) applyOptions(initial, { ...initial, hideIdle: false, ghostOut: false });
  cy.fit(cy.nodes(), FIT_PADDING);

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.graph !== graph) return; // a new graph mounts a new view
    if (s.hideIdle !== prev.hideIdle || s.ghostOut !== prev.ghostOut) applyOptions(s, prev);
    if (timeChanged(s, prev) || s.playing !== prev.playing || s.recording !== prev.recording) applyTime(s);
    else if (s.selection !== prev.selection) cy.batch(() => applySelection(cy, graph, visible, s.selection));
    if (s.fitRequest !== prev.fitRequest) fit(s);
  });

  return {
    detach() {
      unsubscribe();
      cy.removeListener('tap', 'node', onTapNode);
      cy.removeListener('tap', 'edge', onTapEdge);
      cy.removeListener('tap', onTapBackground);
      cy.removeListener('mouseover', 'node, edge', onOver);
      cy.removeListener('mouseout', 'node, edge', onOut);
    },
    renderedPositionOf(nodeId) {
      const i = graph.nodeIndex.get(nodeId);
      if (i === undefined) return null;
      const p = nodeEls[i]!.renderedPosition();
      return { x: p.x, y: p.y };
    },
  };
}
