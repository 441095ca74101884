/**
 * The bridge between the store and a cytoscape instance. It subscribes to the
 * store outside React and, on each time step, applies only the difference
 * between the previous and the next visible set, as class changes inside one
 * `cy.batch()`. No element is added or removed and no layout runs on a step.
 */
import type { CollectionArgument, Core, EdgeSingular, EventObject, NodeSingular, SingularElementArgument } from 'cytoscape';
import { boundsOf } from '../domain/timeView';
import { VisibleSet, type ViewChange } from '../domain/visibleSet';
import type { TielineState, TielineStore } from '../store/createTielineStore';
import { edgeElementId, nodeElementId, type ElementLook } from './elements';
import { FreshTracker, type FreshClass } from './freshTracker';
import { applySelection } from './applySelection';
import { AggregateView } from './aggregates';
import { applyFocus } from './applyFocus';
import { adjacencyOf, maskOf } from '../store/derived';
import { NODE_KINDS } from '../domain/vocabulary';

export interface GraphViewOptions {
  /** True when the person asked for less motion: fits jump instead of gliding. */
  reducedMotion?: () => boolean;
  /** The state the elements' classes were built for (see `initialLook`); without it, everything starts out of view. */
  builtFor?: TielineState;
}

export interface GraphViewHandle {
  detach(): void;
  /** Rendered (screen) position of a node relative to the container, for tests and tooltips. */
  renderedPositionOf(nodeId: string): { x: number; y: number } | null;
}

const FIT_PADDING = 48;
const FRESH_CLASSES: readonly FreshClass[] = ['fresh', 'recent'];
const MIN_READABLE_ZOOM = 0.7;

function timeChanged(a: TielineState, b: TielineState): boolean {
  return a.day !== b.day || a.mode !== b.mode || a.window !== b.window;
}

const outClass = (s: TielineState) => (s.ghostOut ? 'ghost' : 'out');
const idleClass = (s: TielineState) => (s.hideIdle ? 'idle gone' : 'idle');

function visibleSetFor(s: TielineState): VisibleSet {
  const { graph, timeIndex } = s;
  if (!graph || !timeIndex) throw new Error('the graph view needs a loaded graph');
  const visible = new VisibleSet(graph.edges, timeIndex, graph.nodes.length);
  const mask = maskOf(s);
  if (mask) visible.setMask(mask);
  visible.moveTo(boundsOf(s));
  return visible;
}

/**
 * What the elements should look like for state `s`, so they can be built that
 * way (buildElements) and attachGraphView starts with nothing to change:
 * building them out of view and then showing most of them cost every element
 * its style twice (profiled: a sixth of loading 50,000 interactions).
 */
export function initialLook(s: TielineState): ElementLook {
  const visible = visibleSetFor(s);
  return { edgeVisible: visible.edgeVisible, nodeDegree: visible.nodeDegree, outClass: outClass(s), idleClass: idleClass(s) };
}

/** Attaches a loaded graph's store to a cy instance that holds its elements. */
export function attachGraphView(cy: Core, store: TielineStore, options: GraphViewOptions = {}): GraphViewHandle {
  const { graph, timeIndex } = store.getState();
  if (!graph || !timeIndex) throw new Error('attachGraphView needs a loaded graph');
  // The visible set starts where the elements' classes are: as built for `builtFor`, or all out of view.
  const builtFor = options.builtFor ?? { ...store.getState(), hideIdle: false, ghostOut: false };
  const visible = options.builtFor ? visibleSetFor(options.builtFor) : new VisibleSet(graph.edges, timeIndex, graph.nodes.length);
  const nodeEls: NodeSingular[] = graph.nodes.map((n) => cy.getElementById(nodeElementId(n.index)) as NodeSingular);
  const edgeEls: EdgeSingular[] = graph.edges.map((e) => cy.getElementById(edgeElementId(e.index)) as EdgeSingular);
  const fresh = new FreshTracker(graph.edges, timeIndex);
  const aggregates = new AggregateView(edgeEls, nodeEls, visible, cy, graph);
  const adj = adjacencyOf(graph);
  const focusActive = (s: TielineState) => s.focus !== null || s.pathQuery !== null;

  /**
   * `cy.collection(array of elements)` is documented cytoscape API, but its
   * TypeScript types only list element definitions.
   */
  const collectionOf = (els: readonly SingularElementArgument[]) => cy.collection(els as unknown as CollectionArgument);
  /**
   * Changes one class on many elements with one cytoscape call: per-element
   * calls each build a collection, queue a style update and emit an event,
   * which costs far more than the class change itself (profiled: ~20× at 5,000 edges).
   */
  const toggle = (els: readonly SingularElementArgument[], indices: Iterable<number>, cls: string, on: boolean) => {
    const picked: SingularElementArgument[] = [];
    for (const i of indices) picked.push(els[i]!);
    if (picked.length === 0) return;
    const eles = collectionOf(picked);
    if (on) eles.addClass(cls);
    else eles.removeClass(cls);
  };
  const freshOf = (list: [number, string][], cls: string) => list.filter(([, c]) => c === cls).map(([i]) => i);

  /** What entered and left the visible set, as classes (call inside cy.batch). */
  const applyVisibility = (s: TielineState, change: ViewChange) => {
    const out = outClass(s);
    toggle(edgeEls, change.shownEdges, out, false);
    toggle(edgeEls, change.hiddenEdges, out, true);
    const idle = idleClass(s);
    toggle(nodeEls, change.activatedNodes, idle, false);
    toggle(nodeEls, change.idledNodes, idle, true);
  };

  const applyTime = (s: TielineState) => {
    const change = visible.moveTo(boundsOf(s));
    const freshChange = fresh.update(s.playing || s.recording ? s.day : null, s.speed, visible.edgeVisible);
    cy.batch(() => {
      applyVisibility(s, change);
      for (const cls of FRESH_CLASSES) {
        toggle(edgeEls, freshOf(freshChange.removed, cls), cls, false);
        toggle(edgeEls, freshOf(freshChange.added, cls), cls, true);
      }
      aggregates.applyChange(change);
      if (s.selection) applySelection(cy, graph, visible, s.selection);
      if (focusActive(s)) applyFocus(cy, graph, adj, visible, s);
    });
  };

  /** Filters changed: one full pass over the mask, then steps stay incremental. */
  const applyFilter = (s: TielineState) => {
    const change = visible.setMask(maskOf(s));
    const hiddenKinds = new Set(s.filter.hiddenNodeKinds);
    cy.batch(() => {
      applyVisibility(s, change);
      for (const kind of NODE_KINDS) {
        const els = cy.nodes(`.k-${kind}`);
        if (hiddenKinds.has(kind)) els.addClass('filtered');
        else els.removeClass('filtered');
      }
      aggregates.applyChange(change);
      applySelection(cy, graph, visible, s.selection);
      applyFocus(cy, graph, adj, visible, s);
    });
  };

  /** Re-applies every class that depends on a display option (rare: a switch was flipped). */
  const applyOptions = (s: TielineState, prev: TielineState) => {
    cy.batch(() => {
      const prevOut = outClass(prev);
      const out = outClass(s);
      const prevIdle = idleClass(prev);
      const idle = idleClass(s);
      const hiddenEdges = collectionOf(edgeEls.filter((_, i) => !visible.edgeVisible[i]));
      hiddenEdges.removeClass(prevOut).addClass(out);
      const idleNodes = collectionOf(nodeEls.filter((_, n) => !visible.nodeDegree[n]));
      idleNodes.removeClass(prevIdle).addClass(idle);
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

  const center = (s: TielineState) => {
    const el = s.centerRequest ? nodeEls[s.centerRequest.node] : undefined;
    if (!el) return;
    const zoom = Math.max(cy.zoom(), 1);
    if (options.reducedMotion?.()) {
      cy.zoom(zoom);
      cy.center(el);
    } else cy.animate({ center: { eles: el }, zoom, duration: 350, easing: 'ease-out-cubic' });
  };

  /** Brings the actors on the shortest paths into view. */
  const showPath = () => {
    const eles = cy.nodes('.on-path');
    if (eles.length === 0) return;
    if (options.reducedMotion?.()) cy.fit(eles, FIT_PADDING * 2);
    else cy.animate({ fit: { eles, padding: FIT_PADDING * 2 }, duration: 350, easing: 'ease-out-cubic' });
  };

  const initial = store.getState();
  // Display options first, so the steps below hide and show with the classes in use now.
  if (builtFor.hideIdle !== initial.hideIdle || builtFor.ghostOut !== initial.ghostOut) applyOptions(initial, builtFor);
  const builtMask = options.builtFor ? maskOf(options.builtFor) : null;
  const mask = maskOf(initial);
  if (mask !== builtMask) cy.batch(() => applyVisibility(initial, visible.setMask(mask)));
  applyTime(initial);
  if (initial.aggregateEdges || initial.sizeByActivity) {
    cy.batch(() => {
      aggregates.setAggregate(initial.aggregateEdges);
      aggregates.setSized(initial.sizeByActivity);
    });
  }
  cy.fit(cy.nodes(), FIT_PADDING);
  // On a small screen the whole graph fits only at a zoom where no label can be read:
  // open at a readable zoom around the middle instead; "Fit" still shows everything.
  if (cy.zoom() < MIN_READABLE_ZOOM && (container?.clientWidth ?? Infinity) < 600) {
    cy.zoom({ level: MIN_READABLE_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  // The canvas follows its container when side panels open or close (cytoscape only watches the window).
  // The picture keeps its centre; if everything was in view before, it is fitted again.
  let size = { w: cy.width(), h: cy.height() };
  const onResize = () => {
    const bb = cy.elements(':visible').renderedBoundingBox({});
    const wasInView = bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= size.w + 1 && bb.y2 <= size.h + 1;
    cy.resize();
    const next = { w: cy.width(), h: cy.height() };
    if (next.w === size.w && next.h === size.h) return;
    cy.panBy({ x: (next.w - size.w) / 2, y: (next.h - size.h) / 2 });
    size = next;
    if (wasInView && next.w > 0 && next.h > 0) cy.fit(cy.nodes(':visible'), FIT_PADDING);
  };
  const resizer = typeof ResizeObserver === 'function' && container ? new ResizeObserver(onResize) : null;
  if (resizer && container) resizer.observe(container);

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.graph !== graph) return; // a new graph mounts a new view
    if (s.hideIdle !== prev.hideIdle || s.ghostOut !== prev.ghostOut) applyOptions(s, prev);
    if (s.filter !== prev.filter) applyFilter(s);
    if (timeChanged(s, prev) || s.playing !== prev.playing || s.recording !== prev.recording) applyTime(s);
    else {
      const selectionChanged = s.selection !== prev.selection;
      const focusChanged = s.focus !== prev.focus || s.pathQuery !== prev.pathQuery;
      if (selectionChanged || focusChanged) {
        cy.batch(() => {
          // Paths lift elements out of the selection's fading, so both are re-applied, in this order.
          applySelection(cy, graph, visible, s.selection);
          applyFocus(cy, graph, adj, visible, s);
        });
      }
    }
    if (s.aggregateEdges !== prev.aggregateEdges) {
      cy.batch(() => {
        aggregates.setAggregate(s.aggregateEdges);
        // Selection and paths mark pair edges too, so they follow the switch.
        applySelection(cy, graph, visible, s.selection);
        if (focusActive(s)) applyFocus(cy, graph, adj, visible, s);
      });
    }
    if (s.sizeByActivity !== prev.sizeByActivity) cy.batch(() => aggregates.setSized(s.sizeByActivity));
    if (s.fitRequest !== prev.fitRequest) fit(s);
    if (s.centerRequest !== prev.centerRequest) center(s);
    if (s.pathQuery && s.pathQuery !== prev.pathQuery) showPath();
  });

  return {
    detach() {
      unsubscribe();
      resizer?.disconnect();
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
