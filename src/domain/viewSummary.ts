/**
 * Counts for the status line, from the time index: O(log n + k) where k is
 * the number of interactions that began by the current date.
 */
import type { TielineGraph } from './model';
import { countAtOrBefore, type TimeIndex } from './timeIndex';
import type { Bounds } from './timeView';

export interface ViewSummary {
  /** Interactions in view. */
  edges: number;
  /** Actors with at least one interaction in view. */
  actors: number;
  /** Indices of the interactions in view, in order of first day. */
  edgeIndices: number[];
}

/** What is in view for the bounds (and an optional filter mask, 1 = passes). */
export function summarizeView(graph: TielineGraph, index: TimeIndex, bounds: Bounds, mask?: Uint8Array | null): ViewSummary {
  const upTo = countAtOrBefore(index.firsts, bounds.to);
  const seen = new Uint8Array(graph.nodes.length);
  const edgeIndices: number[] = [];
  let actors = 0;
  for (let k = 0; k < upTo; k++) {
    const i = index.byFirst[k]!;
    const e = graph.edges[i]!;
    if (e.last < bounds.from || (mask && !mask[i])) continue;
    edgeIndices.push(i);
    if (!seen[e.source]) {
      seen[e.source] = 1;
      actors++;
    }
    if (!seen[e.target]) {
      seen[e.target] = 1;
      actors++;
    }
  }
  return { edges: edgeIndices.length, actors, edgeIndices };
}
