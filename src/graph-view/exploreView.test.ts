import { describe, expect, it } from 'vitest';
import { mountHeadlessView } from './headlessView.fixture';
import { parseFuzzyDate } from '../domain/dates';
import { EDGE_KINDS } from '../domain/vocabulary';
import { smallGraph } from '../../tests/fixtures/smallGraph';

function setup(date: string) {
  const { store, cy, graph, shown } = mountHeadlessView(smallGraph(), date);
  let changes = 0;
  cy.on('add remove', () => changes++);
  const visibleNodes = () =>
    cy.nodes().filter((n) => !n.hasClass('outside') && !n.hasClass('filtered')).map((n) => graph.nodes[n.data('index') as number]!.id).sort();
  const node = (id: string) => graph.nodeIndex.get(id)!;
  return { store, cy, graph, shown, visibleNodes, node, changes: () => changes };
}

describe('graph view: filters, focus, paths, aggregation', () => {
  it('applies the filter mask and keeps stepping incrementally under it', () => {
    const { store, shown, changes } = setup('2025-12-31');
    store.getState().setFilter({ hiddenNodeKinds: [], hiddenEdgeKinds: EDGE_KINDS.filter((k) => k !== 'call'), countries: [] });
    expect(shown()).toEqual(['call-kuleba', 'call-lavrov', 'call-sybiha']);
    store.getState().setDay(parseFuzzyDate('2022-03-15')!.first);
    expect(shown()).toEqual(['call-lavrov']);
    store.getState().resetFilter();
    expect(shown()).toEqual(['call-lavrov', 'evac', 'rel-1950']);
    expect(changes()).toBe(0);
  });

  it('hides actors of a switched-off kind', () => {
    const { store, visibleNodes } = setup('2025-12-31');
    store.getState().toggleNodeKind('person');
    expect(visibleNodes()).toEqual(['russia', 'ukraine', 'vietnam']);
  });

  it('focus shows only the neighbourhood in view, and follows the slider', () => {
    const { store, visibleNodes, node } = setup('2025-12-31');
    store.getState().setFocus({ node: node('sybiha'), depth: 1 });
    expect(visibleNodes()).toEqual(['son', 'sybiha']);
    store.getState().setFocus({ node: node('sybiha'), depth: 2 });
    expect(visibleNodes()).toEqual(['kuleba', 'lavrov', 'son', 'sybiha']);
    store.getState().setDay(parseFuzzyDate('2024-01-01')!.first);
    expect(visibleNodes()).toEqual(['sybiha']);
    store.getState().setFocus(null);
    expect(visibleNodes()).toHaveLength(7);
  });

  it('highlights the shortest paths between two actors', () => {
    const { store, cy, node } = setup('2025-12-31');
    store.getState().setPathQuery({ from: node('sybiha'), to: node('lavrov') });
    const onPath = cy.nodes('.on-path').map((n) => n.data('label') as string).sort();
    expect(onPath).toEqual(['Andrii Sybiha', 'Bùi Thanh Sơn', 'Sergey Lavrov']);
    expect(cy.edges('.on-path')).toHaveLength(2);
    // Selecting the first actor fades its non-neighbours, but never the path.
    store.getState().select({ kind: 'node', id: 'sybiha' });
    expect(cy.nodes('.on-path.faded')).toHaveLength(0);
    store.getState().setPathQuery(null);
    expect(cy.getElementById(`n${node('lavrov')}`).hasClass('faded')).toBe(true);
  });

  it('draws repeated interactions of a pair as one edge with their count', () => {
    const { store, cy, changes } = setup('2025-12-31');
    // The pair edges are built the first time the switch is turned on, not before.
    expect(cy.edges('.agg')).toHaveLength(0);
    store.getState().setAggregateEdges(true);
    const pairs = cy.edges('.agg').not('.agg-off');
    expect(pairs.map((e) => e.data('count') as number).sort()).toEqual([1, 1, 1, 1, 2]);
    const built = changes();
    expect(built).toBe(cy.edges('.agg').length);
    store.getState().setDay(parseFuzzyDate('2022-03-31')!.first);
    expect(cy.edges('.agg').not('.agg-off').map((e) => e.data('count') as number).sort()).toEqual([1, 1, 1, 1]);
    const pair = cy.edges('.agg').not('.agg-off').filter((e) => e.data('count') === 1).first();
    pair.emit('tap');
    expect(store.getState().selection?.kind).toBe('pair');
    expect(pair.hasClass('focus')).toBe(true);
    store.getState().setAggregateEdges(false);
    expect(cy.edges('.agg').not('.agg-off')).toHaveLength(0);
    // Turning it on again, and stepping, reuse the same edges.
    store.getState().setAggregateEdges(true);
    store.getState().setDay(parseFuzzyDate('2025-12-31')!.first);
    expect(cy.edges('.agg').not('.agg-off').map((e) => e.data('count') as number).sort()).toEqual([1, 1, 1, 1, 2]);
    expect(changes()).toBe(built);
  });

  it('sizes actors by activity in view', () => {
    const { store, cy, node } = setup('2025-12-31');
    store.getState().setSizeByActivity(true);
    const son = cy.getElementById(`n${node('son')}`);
    const big = son.data('size') as number;
    store.getState().setDay(parseFuzzyDate('2022-03-15')!.first);
    expect(son.data('size') as number).toBeLessThan(big);
  });
});
