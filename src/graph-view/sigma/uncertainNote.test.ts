import { describe, expect, it } from 'vitest';
import { createTielineStore } from '../../store/createTielineStore';
import { busyPairGraph } from '../../../tests/fixtures/busyPairGraph';
import { buildSigmaGraph } from './buildSigmaGraph';
import { uncertainNote, unstyledUncertain } from './uncertainNote';

describe('large graph note on planned and disputed interactions', () => {
  it('counts only those inside a pair drawn as one line: every other one has its line style', async () => {
    const graph = busyPairGraph();
    graph.edges[0]!.status = 'planned'; // inside the heavy pair, drawn as its one line
    graph.edges[1]!.status = 'planned';
    graph.edges[graph.edges.length - 1]!.status = 'disputed'; // a line of its own, drawn hollow
    const store = createTielineStore();
    store.getState().setGraph(graph);
    const built = await buildSigmaGraph(graph, store.getState().engine, { ghostOut: false, hideIdle: false }, new AbortController().signal, undefined, async () => {});
    expect(unstyledUncertain(graph, built)).toEqual({ planned: 2, disputed: 0 });
  });

  it('says how many no style shows and where their status shows, and nothing when there are none', () => {
    expect(uncertainNote({ planned: 0, disputed: 0 })).toBe('');
    const text = uncertainNote({ planned: 1, disputed: 1200 });
    expect(text).toContain('1 planned interaction and 1,200 disputed interactions are inside pairs drawn as one line');
    expect(text).not.toContain('drawn like the others');
    expect(uncertainNote({ planned: 1, disputed: 0 })).toContain('1 planned interaction is inside');
  });
});
