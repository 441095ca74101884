// A large graph's per-graph constants are worked out before it loads
// (engine.prepare, a pass per task): the engine then shows exactly what it
// shows without preparing, and a cancelled preparation is never used.
import { describe, expect, it } from 'vitest';
import { busyPairGraph } from '../../tests/fixtures/busyPairGraph';
import { questionsGraph } from '../../tests/fixtures/questionsGraph';
import { buildTimeIndex } from './timeIndex';
import { ViewEngine, type ViewInput } from './viewEngine';
import type { TielineGraph } from './model';

const input = (graph: TielineGraph, day: number): ViewInput => ({
  graph,
  timeIndex: buildTimeIndex(graph.edges),
  day,
  mode: 'cumulative',
  window: { amount: 3, unit: 'month' },
  filter: { hiddenNodeKinds: [], hiddenEdgeKinds: [], countries: [] },
  selection: null,
  focus: null,
  pathQuery: null,
  replaySpeed: null,
});

function figures(e: ViewEngine) {
  return { looks: e.looks, interactions: e.interactions, total: e.totalInteractions, actors: e.actors, ties: e.ties, pairs: e.pairs, heavy: e.heavyPairs(), inView: e.edgesInView() };
}

describe('preparing a graph before it loads', () => {
  for (const [name, make] of [['a busy pair', busyPairGraph], ['the questions graph', questionsGraph]] as const) {
    it(`gives the same view as loading at once (${name})`, async () => {
      const graph = make();
      const plain = new ViewEngine();
      const prepared = new ViewEngine();
      let pauses = 0;
      expect(await prepared.prepare(graph, async () => void pauses++)).toEqual(buildTimeIndex(graph.edges));
      expect(pauses).toBeGreaterThan(2);
      const day = Math.round((graph.extent.first + graph.extent.last) / 2);
      const a = plain.update(input(graph, day));
      const b = prepared.update(input(graph, day));
      expect(b).toEqual(a);
      expect(figures(prepared)).toEqual(figures(plain));
      const later = input(graph, graph.extent.last);
      expect(prepared.update(later)).toEqual(plain.update({ ...later, timeIndex: later.timeIndex }));
    });
  }

  it('stops when cancelled, and loading then works out everything itself', async () => {
    const graph = busyPairGraph();
    const e = new ViewEngine();
    let pauses = 0;
    expect(await e.prepare(graph, async () => void pauses++, () => pauses === 1)).toBeNull();
    e.update(input(graph, graph.extent.last));
    const plain = new ViewEngine();
    plain.update(input(graph, graph.extent.last));
    expect(figures(e)).toEqual(figures(plain));
  });
});
