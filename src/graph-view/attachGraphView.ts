/**
 * The bridge between the store's view engine and a cytoscape instance. The
 * engine decides what every element looks like; this applies each step's
 * change record as class changes inside one `cy.batch()` and computes
 * nothing about time, filters, selection or paths itself. No element is
 * added or removed and no layout runs on a step.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { ViewChangeRecord } from '../domain/viewLooks';
import { ACTIVE, SHOWN } from '../domain/viewLooks';
import type { TielineStore } from '../store/createTielineStore';
import { edgeElementId, nodeElementId, type ElementLook } from './elements';
import { lookOptionsOf } from './initialLook';
import { applyLooks, swapOptionClass, type LookOptions } from './lookClasses';
import { AggregateView } from './aggregates';
import { attachFraming } from './attachFraming';
import { attachPointer } from './attachPointer';
import { readGeometry, readPictureGeometry, type GraphGeometry, type PictureGeometry } from './readGeometry';

export interface GraphViewOptions {
  /** True when the person asked for less motion: fits jump instead of gliding. */
  reducedMotion?: () => boolean;
  /** The looks the elements were built with (see `initialLook`); without it, everything starts out of view. */
  built?: ElementLook;
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

/** Attaches a loaded graph's store to a cy instance that holds its elements. */
export function attachGraphView(cy: Core, store: TielineStore, options: GraphViewOptions = {}): GraphViewHandle {
  const { graph, engine } = store.getState();
  if (!graph || engine.graph !== graph) throw new Error('attachGraphView needs a loaded graph');
  const nodeEls: NodeSingular[] = graph.nodes.map((n) => cy.getElementById(nodeElementId(n.index)) as NodeSingular);
  // A heavy pair's interactions have no element (its one line stands for them: see MAX_PARALLEL_EDGES).
  const { heavy } = engine.heavyPairs();
  const { pairOfEdge } = engine.pairs;
  const edgeEls: (EdgeSingular | undefined)[] = graph.edges.map((e) =>
    heavy[pairOfEdge[e.index]!] ? undefined : (cy.getElementById(edgeElementId(e.index)) as EdgeSingular),
  );
  // What the elements carry now: as built, or all out of view.
  const applied = {
    edges: options.built ? Uint16Array.from(options.built.edges) : new Uint16Array(edgeEls.length),
    nodes: options.built ? Uint16Array.from(options.built.nodes) : new Uint16Array(nodeEls.length),
  };
  let look: LookOptions = options.built?.options ?? { outClass: 'out', idleClass: 'idle' };
  const aggregates = new AggregateView(cy, engine, edgeEls, nodeEls, () => look, options.built?.pairs);
  let lastStep = 0;

  /** Applies one record, or brings every element to the engine's looks (null, or a step was missed). */
  const apply = (record: ViewChangeRecord | null) => {
    const full = !record || record.step !== lastStep + 1;
    const looks = engine.looks;
    cy.batch(() => {
      applyLooks(cy, 'edges', edgeEls, applied.edges, looks.edges, full ? null : record.edges.index, look);
      applyLooks(cy, 'nodes', nodeEls, applied.nodes, looks.nodes, full ? null : record.nodes.index, look);
      aggregates.apply(full ? null : record);
    });
    lastStep = engine.step;
  };

  /** A display option flipped: the same looks, other classes (rare). */
  const applyOptions = (next: LookOptions) => {
    cy.batch(() => {
      swapOptionClass(cy, edgeEls, applied.edges, SHOWN, look.outClass, next.outClass);
      swapOptionClass(cy, nodeEls, applied.nodes, ACTIVE, look.idleClass, next.idleClass);
    });
    look = next;
  };

  const initial = store.getState();
  const initialOptions = lookOptionsOf(initial);
  if (initialOptions.outClass !== look.outClass || initialOptions.idleClass !== look.idleClass) applyOptions(initialOptions);
  apply(null);
  if (initial.aggregateEdges || initial.sizeByActivity) {
    cy.batch(() => {
      aggregates.setAggregate(initial.aggregateEdges);
      aggregates.setSized(initial.sizeByActivity);
    });
  }
  const unsubscribeEngine = engine.subscribe((record) => {
    if (engine.graph === graph) apply(record);
  });
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.graph !== graph) return; // a new graph mounts a new view
    if (s.hideIdle !== prev.hideIdle || s.ghostOut !== prev.ghostOut) applyOptions(lookOptionsOf(s));
    if (s.aggregateEdges !== prev.aggregateEdges) cy.batch(() => aggregates.setAggregate(s.aggregateEdges));
    if (s.sizeByActivity !== prev.sizeByActivity) cy.batch(() => aggregates.setSized(s.sizeByActivity));
  });
  const detachFraming = attachFraming(cy, store, nodeEls, options.reducedMotion);
  const detachPointer = attachPointer(cy, graph, store);

  return {
    detach() {
      unsubscribeEngine();
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
