// @vitest-environment jsdom
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../domain/dates';
import { smallGraph } from '../../tests/fixtures/smallGraph';
import { createTielineStore } from '../store/createTielineStore';
import { buildElements } from './elements';
import { initialLook } from './initialLook';
import { mountCytoscapeView } from './mountCytoscapeView';
import { GRAPH_STYLESHEET } from './stylesheet';

function setup() {
  const store = createTielineStore();
  store.getState().setGraph(smallGraph());
  store.getState().setDay(parseFuzzyDate('2022-03-15')!.first);
  const look = initialLook(store.getState());
  const cy = cytoscape({ headless: true, styleEnabled: true, style: GRAPH_STYLESHEET, elements: buildElements(store.getState().graph!, new Map(), look) });
  return { store, cy, look };
}
const shownCount = (cy: cytoscape.Core) => cy.edges('[index >= 0]').filter((e) => !e.hasClass('out')).length;

describe('mountCytoscapeView', () => {
  afterEach(() => {
    delete window.__tieline;
  });

  it('hands the store and the test hook the instance, follows the engine, and undoes all of it on detach', () => {
    const { store, cy, look } = setup();
    const mounted = mountCytoscapeView(cy, store, look, () => {});
    expect(store.getState().canvas).toBe(cy);
    expect(window.__tieline?.cy).toBe(cy);
    const early = shownCount(cy);
    store.getState().setDay(parseFuzzyDate('2025-02-17')!.first);
    const late = shownCount(cy);
    expect(late).toBeGreaterThan(early);

    mounted.detach();
    expect(store.getState().canvas).toBeNull();
    expect(window.__tieline).toBeUndefined();
    // Detached: steps no longer reach this instance.
    store.getState().setDay(parseFuzzyDate('2022-03-15')!.first);
    expect(shownCount(cy)).toBe(late);
  });

  it("leaves a newer view's handle alone when an older one detaches", () => {
    const { store, cy, look } = setup();
    const older = mountCytoscapeView(cy, store, look, () => {});
    const newerCy = cytoscape({ headless: true, styleEnabled: true, style: GRAPH_STYLESHEET, elements: buildElements(store.getState().graph!, new Map(), look) });
    const newer = mountCytoscapeView(newerCy, store, look, () => {});
    older.detach();
    expect(store.getState().canvas).toBe(newerCy);
    expect(window.__tieline?.cy).toBe(newerCy);
    newer.detach();
  });
});
