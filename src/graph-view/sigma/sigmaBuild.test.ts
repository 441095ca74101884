// The graph sigma draws, built in chunks: every element exactly once, and the
// looks it was built with are kept only while they are still the engine's.
import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../domain/dates';
import { createTielineStore } from '../../store/createTielineStore';
import { busyPairGraph } from '../../../tests/fixtures/busyPairGraph';
import { SigmaLookApplier } from './applySigmaLooks';
import { buildSigmaGraph, edgeKey, looksStillCurrent, pairKey } from './buildSigmaGraph';

const OPTIONS = { ghostOut: false, hideIdle: false };

async function built() {
  const graph = busyPairGraph();
  const store = createTielineStore();
  store.getState().setGraph(graph);
  const s = store.getState();
  const out = await buildSigmaGraph(graph, s.engine, OPTIONS, new AbortController().signal, undefined, async () => {});
  return { graph, store, out };
}

describe('building the sigma graph', () => {
  it('adds every actor once, every interaction outside a heavy pair once, and one line per heavy pair', async () => {
    const { graph, store, out } = await built();
    const { heavy, pairOfEdge } = { heavy: out.heavy, pairOfEdge: store.getState().engine.pairs.pairOfEdge };
    expect(out.graph.order).toBe(graph.nodes.length);
    const expected = graph.edges.filter((e) => !heavy[pairOfEdge[e.index]!]).map((e) => edgeKey(e.index));
    expected.push(...out.heavyList.map(pairKey));
    expect(out.graph.edges().sort()).toEqual(expected.sort());
    expect(new Set(out.graph.edges()).size).toBe(out.graph.size);
  });

  it('keeps the built looks while the engine has not stepped and the options are the same', async () => {
    const { store, out } = await built();
    const engine = store.getState().engine;
    expect(looksStillCurrent(out, engine.step, OPTIONS)).toBe(true);
    expect(looksStillCurrent(out, engine.step, { ...OPTIONS, ghostOut: true })).toBe(false);
    expect(looksStillCurrent(out, engine.step, { ...OPTIONS, lineScale: 0.5 })).toBe(false);
    store.getState().setDay(parseFuzzyDate('2020-01-15')!.first);
    expect(looksStillCurrent(out, engine.step, OPTIONS)).toBe(false);
  });

  it('after markCurrent, the next step applies as a record and matches a full pass', async () => {
    const { graph, store, out } = await built();
    const engine = store.getState().engine;
    const looks = new SigmaLookApplier(graph, out, engine, OPTIONS);
    looks.markCurrent();
    engine.subscribe((r) => looks.apply(r));
    store.getState().setDay(parseFuzzyDate('2020-01-15')!.first);
    const stepped = out.graph.mapEdges((k, a) => [k, a.hidden, a.color]);
    looks.apply(null);
    expect(out.graph.mapEdges((k, a) => [k, a.hidden, a.color])).toEqual(stepped);
  });
});
