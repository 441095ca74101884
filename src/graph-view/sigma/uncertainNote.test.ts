import { describe, expect, it } from 'vitest';
import { createTielineStore } from '../../store/createTielineStore';
import { busyPairGraph } from '../../../tests/fixtures/busyPairGraph';
import { buildSigmaGraph } from './buildSigmaGraph';
import { uncertainNote } from './uncertainNote';

describe('large graph note on planned and disputed interactions', () => {
  it('counts them while building, heavy pairs included', async () => {
    const graph = busyPairGraph();
    graph.edges[0]!.status = 'planned'; // inside the heavy pair, drawn as its one line
    graph.edges[1]!.status = 'planned';
    graph.edges[graph.edges.length - 1]!.status = 'disputed';
    const store = createTielineStore();
    store.getState().setGraph(graph);
    const built = await buildSigmaGraph(graph, store.getState().engine, { ghostOut: false, hideIdle: false }, new AbortController().signal, undefined, async () => {});
    expect(built.uncertain).toEqual({ planned: 2, disputed: 1 });
  });

  it('says how many there are and where their status shows, and nothing when there are none', () => {
    expect(uncertainNote({ planned: 0, disputed: 0 })).toBe('');
    const text = uncertainNote({ planned: 1, disputed: 1200 });
    expect(text).toContain('1 planned interaction and 1,200 disputed interactions');
    expect(text).toContain('drawn like the others');
    expect(uncertainNote({ planned: 3, disputed: 0 })).toContain('3 planned interactions;');
  });
});
