// The search index built in chunks (for large graphs, while drawing) is the
// index built at once, and stops when asked between chunks.
import { describe, expect, it } from 'vitest';
import { busyPairGraph } from '../../tests/fixtures/busyPairGraph';
import { buildSearchIndex, buildSearchIndexInChunks, searchGraph } from './search';

describe('search index in chunks', () => {
  it('gives the same index as building it at once, pausing between chunks', async () => {
    const graph = busyPairGraph();
    let pauses = 0;
    const chunked = await buildSearchIndexInChunks(graph, async () => void pauses++, undefined, 50);
    const whole = buildSearchIndex(graph);
    expect(pauses).toBe(Math.ceil(graph.edges.length / 50) - 1);
    expect(chunked!.postings).toEqual(whole.postings);
    expect(chunked!.places).toEqual(whole.places);
    expect(searchGraph(chunked!, 'alpha')).toEqual(searchGraph(whole, 'alpha'));
  });

  it('stops between chunks once told to', async () => {
    const graph = busyPairGraph();
    let pauses = 0;
    const out = await buildSearchIndexInChunks(graph, async () => void pauses++, () => pauses >= 2, 50);
    expect(out).toBeNull();
    expect(pauses).toBe(2);
  });
});
