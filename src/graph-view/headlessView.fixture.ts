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
import { buildElements } from './elements';
import { GRAPH_STYLESHEET } from './stylesheet';

export function mountHeadlessView(graph: TielineGraph, date: string, prepare?: (store: TielineStore) => void) {
  const store = createTielineStore();
  store.getState().setGraph(graph);
  store.getState().setDay(parseFuzzyDate(date)!.first);
  prepare?.(store);
  const cy = cytoscape({ headless: true, styleEnabled: true, style: GRAPH_STYLESHEET, elements: buildElements(graph, new Map()) });
  const view = attachGraphView(cy, store);
  /** Ids of the interactions drawn (not the per-pair aggregate edges), sorted. */
  const shown = () =>
    cy.edges('[index >= 0]').filter((e) => !e.hasClass('out')).map((e) => graph.edges[e.data('index') as number]!.id).sort();
  return { store, cy, view, graph, shown };
}
