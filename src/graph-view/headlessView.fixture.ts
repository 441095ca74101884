/**
 * Tests only: a graph view on headless cytoscape, attached to a fresh store
 * holding `graph`, with the date (and anything else `prepare` sets) chosen
 * before the view attaches, as when a link opens the app.
 */
import cytoscape from 'cytoscape';
import { parseFuzzyDate } from '../domain/dates';
import type { TielineGraph } from '../domain/model';
import { createTielineStore, type TielineStore } from '../store/createTielineStore';
import { attachGraphView } from './attachGraphView';
import { initialLook } from './initialLook';
import { buildElements } from './elements';
import { GRAPH_STYLESHEET } from './stylesheet';

export interface MountOptions {
  /** Sets anything else before the view attaches. */
  prepare?: (store: TielineStore) => void;
  /**
   * 'for-state' (the app's way): elements built for the state after `prepare`;
   * 'out-of-view': all built out of view, attachGraphView shows what is in view.
   * `between` runs after the elements are built and before the view attaches.
   */
  build?: 'for-state' | 'out-of-view';
  between?: (store: TielineStore, cy: cytoscape.Core) => void;
}

export function mountHeadlessView(graph: TielineGraph, date: string, options: MountOptions = {}) {
  const store = createTielineStore();
  store.getState().setGraph(graph);
  store.getState().setDay(parseFuzzyDate(date)!.first);
  options.prepare?.(store);
  const built = options.build === 'out-of-view' ? undefined : initialLook(store.getState());
  const elements = buildElements(graph, new Map(), built);
  const cy = cytoscape({ headless: true, styleEnabled: true, style: GRAPH_STYLESHEET, elements });
  options.between?.(store, cy);
  const view = attachGraphView(cy, store, { built });
  /** Ids of the interactions drawn (not the per-pair aggregate edges), sorted. */
  const shown = () =>
    cy.edges('[index >= 0]').filter((e) => !e.hasClass('out')).map((e) => graph.edges[e.data('index') as number]!.id).sort();
  return { store, cy, view, graph, shown };
}
