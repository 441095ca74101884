/**
 * Derived data shared by components and the graph view, computed by domain
 * functions and memoised on the identity of their inputs (never stored in
 * the store), so every consumer sees the same mask and indices.
 */
import { filterMask } from '../domain/filters';
import type { TielineGraph } from '../domain/model';
import { buildAdjacency } from '../domain/paths';
import { buildSearchIndex, type SearchIndex } from '../domain/search';
import type { FilterState } from '../domain/filters';
import type { TielineState } from './createTielineStore';

let lastMask: { graph: TielineGraph; filter: FilterState; mask: Uint8Array | null } | null = null;

/** The filter mask for the state's graph and filter (null = everything passes). */
export function maskOf(s: Pick<TielineState, 'graph' | 'filter'>): Uint8Array | null {
  if (!s.graph) return null;
  if (lastMask && lastMask.graph === s.graph && lastMask.filter === s.filter) return lastMask.mask;
  lastMask = { graph: s.graph, filter: s.filter, mask: filterMask(s.graph, s.filter) };
  return lastMask.mask;
}

const searchIndexes = new WeakMap<TielineGraph, SearchIndex>();
/** The search index, built once per graph. */
export function searchIndexOf(graph: TielineGraph): SearchIndex {
  let idx = searchIndexes.get(graph);
  if (!idx) searchIndexes.set(graph, (idx = buildSearchIndex(graph)));
  return idx;
}

const adjacencies = new WeakMap<TielineGraph, number[][]>();
/** Edge indices per node, built once per graph. */
export function adjacencyOf(graph: TielineGraph): number[][] {
  let adj = adjacencies.get(graph);
  if (!adj) adjacencies.set(graph, (adj = buildAdjacency(graph)));
  return adj;
}
