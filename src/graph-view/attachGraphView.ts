/**
 * The bridge between the store and a cytoscape instance. It subscribes to the
 * store outside React and, on each time step, applies only the difference
 * between the previous and the next visible set, as class changes inside one
 * `cy.batch()`. No element is added or removed and no layout runs on a step.
 */
import type { CollectionArgument, Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import { boundsOf } from '../domain/timeView';
import { VisibleSet, type ViewChange } from '../domain/visibleSet';
import type { TielineState, TielineStore } from '../store/createTielineStore';
import { edgeElementId, nodeElementId } from './elements';
import { idleClass, outClass, visibleSetFor } from './initialLook';
import { FreshTracker, type FreshClass } from './freshTracker';
import { applySelection } from './applySelection';
import { AggregateView } from './aggregates';
import { applyFocus } from './applyFocus';
import { attachFraming } from './attachFraming';
import { attachPointer } from './attachPointer';
import { adjacencyOf, maskOf } from '../store/derived';
import { NODE_KINDS } from '../domain/vocabulary';
import { readGeometry, readPictureGeometry, type GraphGeometry, type PictureGeometry } from './readGeometry';

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
  /** What is drawn now, in screen px (read-only; see readGeometry.ts): for the picture check and browser tests. */
  geometry(): GraphGeometry;
  /** The default exported picture's graph area and smallest label (read-only). */
  pictureGeometry(): PictureGeometry;
}

const FRESH_CLASSES: readonly FreshClass[] = ['fresh', 'recent'];

function timeChanged(a: TielineState, b: TielineState): boolean {
  return a.day !== b.day || a.mode !== b.mode || a.window !== b.window;
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
  });
  const detachFraming = attachFraming(cy, store, nodeEls, options.reducedMotion);
  const detachPointer = attachPointer(cy, graph, store);

  return {
    detach() {
      unsubscribe();
      detachFraming();
      detachPointer();
    },
    renderedPositionOf(nodeId) {
      const i = graph.nodeIndex.get(nodeId);
      if (i === undefined) return null;
      const p = nodeEls[i]!.renderedPosition();
      return { x: p.x, y: p.y };
    },
    geometry: () => readGeometry(cy),
    pictureGeometry: () => readPictureGeometry(cy),
  };
}
