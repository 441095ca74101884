// The sigma view's record applier on a real store and engine, without WebGL:
// the graphology attributes follow every step (time, selection, display switches).
import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../domain/dates';
import { createTielineStore } from '../../store/createTielineStore';
import { busyPairGraph } from '../../../tests/fixtures/busyPairGraph';
import { EDGE_KIND_INFO } from '../../domain/vocabulary';
import { MIXED_COLOR } from '../elements';
import { SigmaLookApplier } from './applySigmaLooks';
import { buildSigmaGraph, edgeKey, nodeKey, pairKey } from './buildSigmaGraph';

async function mount(date: string, edit: (g: ReturnType<typeof busyPairGraph>) => void = () => {}) {
  const graph = busyPairGraph();
  edit(graph);
  const store = createTielineStore();
  store.getState().setGraph(graph);
  store.getState().setDay(parseFuzzyDate(date)!.first);
  const s = store.getState();
  const options = { ghostOut: false, hideIdle: false };
  let yields = 0;
  const built = await buildSigmaGraph(graph, s.engine, options, new AbortController().signal, undefined, async () => void yields++);
  const looks = new SigmaLookApplier(graph, built, s.engine, options);
  looks.apply(null);
  s.engine.subscribe((r) => looks.apply(r));
  const hidden = (key: string) => built.graph.getEdgeAttribute(key, 'hidden') as boolean;
  return { graph, store, built, looks, hidden, yields: () => yields };
}

describe('sigma view: change records as graphology attributes', () => {
  it('draws a heavy pair as one line and a time step hides what left the view', async () => {
    const { graph, store, built, hidden } = await mount('2020-12-31');
    expect(built.graph.hasEdge(edgeKey(0))).toBe(false); // Alpha–Beta: 200 interactions, one line
    expect(built.graph.hasEdge(pairKey(built.heavyList[0]!))).toBe(true);
    const late = graph.edges.findIndex((e) => e.id === 'e202');
    expect(hidden(edgeKey(late))).toBe(false);
    store.getState().setDay(parseFuzzyDate('2020-06-01')!.first);
    expect(hidden(edgeKey(late))).toBe(true);
    expect(hidden(pairKey(built.heavyList[0]!))).toBe(false);
    const early = edgeKey(graph.edges.findIndex((e) => e.id === 'e201'));
    store.getState().setDay(parseFuzzyDate('2020-01-15')!.first);
    expect(hidden(early)).toBe(true);
    store.getState().setDay(parseFuzzyDate('2020-02-01')!.first);
    expect(hidden(early)).toBe(false);
  });

  it('selecting an actor highlights it, selecting a tie moves the highlight, clearing restores the looks', async () => {
    const { graph, store, built } = await mount('2020-12-31');
    const gamma = graph.nodeIndex.get(graph.nodes.find((n) => n.label === 'Gamma')!.id)!;
    const alpha = graph.nodes.findIndex((n) => n.label === 'Alpha');
    const colourBefore = built.graph.getNodeAttribute(nodeKey(alpha), 'color');
    store.getState().select({ kind: 'node', id: graph.nodes[gamma]!.id });
    expect(built.graph.getNodeAttribute(nodeKey(gamma), 'highlighted')).toBe(true);
    store.getState().select({ kind: 'edge', id: 'e202' });
    expect(built.graph.getNodeAttribute(nodeKey(gamma), 'highlighted')).toBe(false);
    store.getState().select(null);
    expect(built.graph.getNodeAttribute(nodeKey(alpha), 'color')).toBe(colourBefore);
  });

  it('"show out-of-view ties faintly" shows hidden lines faint', async () => {
    const { graph, store, looks, hidden } = await mount('2020-06-01');
    const late = edgeKey(graph.edges.findIndex((e) => e.id === 'e202'));
    expect(hidden(late)).toBe(true);
    looks.setOptions({ ghostOut: true, hideIdle: store.getState().hideIdle });
    expect(hidden(late)).toBe(false);
  });

  it('builds in chunks, yielding between them, and stops when cancelled', async () => {
    const graph = busyPairGraph();
    const store = createTielineStore();
    store.getState().setGraph(graph);
    const abort = new AbortController();
    abort.abort();
    await expect(buildSigmaGraph(graph, store.getState().engine, { ghostOut: false, hideIdle: false }, abort.signal)).rejects.toThrow('cancelled');
  });

  it("draws a heavy pair's line in its kind's colour while its ties in view share one kind, else in the mixed grey", async () => {
    let other = '';
    const { store, built } = await mount('2020-03-01', (g) => {
      other = g.edges[199]!.kind === 'meeting' ? 'visit' : 'meeting'; // Alpha–Beta's last tie, 18 Jul 2020
      g.edges[199]!.kind = other as typeof g.edges[number]['kind'];
    });
    const line = pairKey(built.heavyList[0]!);
    const kind = busyPairGraph().edges[0]!.kind;
    expect(built.graph.getEdgeAttribute(line, 'color')).toBe(EDGE_KIND_INFO[kind].color);
    store.getState().setDay(parseFuzzyDate('2020-12-31')!.first);
    expect(built.graph.getEdgeAttribute(line, 'color')).toBe(MIXED_COLOR);
  });

  it("widens a heavy pair's line as more of its interactions come into view, as cytoscape's count width, and narrows it when the date moves back", async () => {
    const { store, built, looks } = await mount('2020-01-01'); // Alpha–Beta: one interaction in view
    const line = pairKey(built.heavyList[0]!);
    const size = () => built.graph.getEdgeAttribute(line, 'size') as number;
    expect(built.graph.getEdgeAttribute(line, 'type')).toBe('pair'); // its own program: the width stays in a dense graph
    expect(size()).toBe(2); // mapData(count, 1, 12, 2, 14)
    store.getState().setDay(parseFuzzyDate('2020-01-06')!.first); // 6 in view
    expect(size()).toBeCloseTo(2 + (5 * 12) / 11);
    store.getState().setDay(parseFuzzyDate('2020-03-01')!.first); // 61: past 12, clamped
    expect(size()).toBe(14);
    store.getState().setDay(parseFuzzyDate('2020-01-03')!.first); // back to 3
    expect(size()).toBeCloseTo(2 + (2 * 12) / 11);
    // A full pass (a display switch) gives the same width as the steps did.
    looks.setOptions({ ghostOut: true, hideIdle: false });
    expect(size()).toBeCloseTo(2 + (2 * 12) / 11);
  });

  it('Size by activity: actors take their size from their ties in view, and change size as time moves', async () => {
    const { graph, store, built, looks } = await mount('2020-01-15');
    const gamma = graph.nodes.findIndex((n) => n.label === 'Gamma');
    const size = () => built.graph.getNodeAttribute(nodeKey(gamma), 'size') as number;
    const plain = size();
    looks.setOptions({ ghostOut: false, hideIdle: false, sized: true });
    const idle = size(); // no tie of Gamma's in view yet
    store.getState().setDay(parseFuzzyDate('2020-12-31')!.first); // both its ties in view
    expect(size()).toBeGreaterThan(idle);
    looks.setOptions({ ghostOut: false, hideIdle: false, sized: false });
    expect(size()).toBe(plain);
  });
});
