import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../domain/dates';
import { busyPairGraph } from '../../tests/fixtures/busyPairGraph';
import { MAX_PARALLEL_EDGES } from '../domain/pairs';
import { buildElements } from './elements';
import { mountHeadlessView } from './headlessView.fixture';

describe('a pair with very many interactions', () => {
  it('reaches the renderer as one line with its count, not as hundreds of parallel edges', () => {
    const graph = busyPairGraph();
    expect(200).toBeGreaterThan(MAX_PARALLEL_EDGES);
    const edges = buildElements(graph, new Map()).filter((el) => el.group === 'edges');
    expect(edges).toHaveLength(3);
    expect(edges.filter((el) => String(el.classes).split(' ').includes('heavy'))).toHaveLength(1);
  });

  it('is built already showing its count and look for the state at hand', () => {
    const { cy } = mountHeadlessView(busyPairGraph(), '2020-01-10', { between: (_, c) => expect(c.edges('.heavy').data('countLabel')).toBe('10') });
    expect(cy.edges('.heavy').first().hasClass('agg-off')).toBe(false);
  });

  it('its count follows the time and the filters, and stays merged when "Merge repeats" is off', () => {
    const { store, cy, shown } = mountHeadlessView(busyPairGraph(), '2020-01-10', { build: 'out-of-view' });
    const line = () => cy.edges('.heavy').first();
    expect(cy.edges('.heavy')).toHaveLength(1);
    expect(line().data('countLabel')).toBe('10');
    expect(line().hasClass('agg-off')).toBe(false);
    expect(shown()).toEqual([]);
    store.getState().setDay(parseFuzzyDate('2020-03-01')!.first);
    expect(line().data('countLabel')).toBe('61'); // 1 Jan – 1 Mar 2020: 31 + 29 + 1 days
    expect(shown()).toEqual(['e201']);
    store.getState().setAggregateEdges(true);
    expect(cy.edges('.agg')).toHaveLength(3);
    expect(line().hasClass('agg-off')).toBe(false);
    store.getState().setAggregateEdges(false);
    expect(line().hasClass('agg-off')).toBe(false);
    expect(cy.edges('.agg').not('.agg-off')).toHaveLength(1);
    expect(line().data('countLabel')).toBe('61');
    store.getState().setSizeByActivity(true);
    // A window months after the pair's last interaction: nothing of theirs in view.
    store.getState().setMode('window');
    store.getState().setDay(parseFuzzyDate('2020-12-01')!.first);
    expect(line().hasClass('agg-off')).toBe(true);
    expect(shown()).toEqual(['e202']);
  });

  it('wears the selection, the focus and the path looks', () => {
    const { store, cy, graph } = mountHeadlessView(busyPairGraph(), '2020-03-01');
    const line = () => cy.edges('.heavy').first();
    const id = (label: string) => graph.nodes.find((n) => n.label === label)!;
    store.getState().select({ kind: 'node', id: id('Gamma').id });
    expect(line().hasClass('faded')).toBe(true); // Gamma's only tie in view is with Alpha
    store.getState().select({ kind: 'node', id: id('Alpha').id });
    expect(line().hasClass('faded')).toBe(false);
    expect(line().hasClass('focus')).toBe(false);
    // One of its interactions picked in the log: the line that draws it shows it selected.
    store.getState().select({ kind: 'edge', id: 'e5' });
    expect(line().hasClass('focus')).toBe(true);
    store.getState().select(null);
    expect(line().hasClass('focus')).toBe(false);
    store.getState().setPathQuery({ from: id('Gamma').index, to: id('Beta').index });
    expect(line().hasClass('on-path')).toBe(true); // Gamma – Alpha – Beta
    store.getState().setPathQuery(null);
    expect(line().hasClass('on-path')).toBe(false);
    store.getState().setFocus({ node: id('Gamma').index, depth: 1 });
    expect(line().visible()).toBe(false); // Beta is outside Gamma's neighbourhood
    store.getState().setFocus({ node: id('Alpha').index, depth: 1 });
    expect(line().visible()).toBe(true);
  });

  it('tapping the line selects the pair', () => {
    const { store, cy } = mountHeadlessView(busyPairGraph(), '2020-03-01');
    cy.edges('.heavy').emit('tap');
    expect(store.getState().selection).toEqual({ kind: 'pair', id: 'Alpha Beta' });
    expect(cy.edges('.heavy').first().hasClass('focus')).toBe(true);
  });
});
