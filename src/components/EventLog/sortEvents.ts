/** Sorting the event log's rows: by date, kind, parties or summary, either way. */
import type { TielineGraph } from '../../domain/model';
import { EDGE_KIND_INFO } from '../../domain/vocabulary';
import { edgePartiesText } from '../DetailsPanel/describeEdge';

export type SortKey = 'date' | 'kind' | 'parties' | 'summary';
export interface SortState {
  key: SortKey;
  dir: 'ascending' | 'descending';
}

/** A sorted copy; ties keep time order, so equal kinds read chronologically. */
export function sortEvents(graph: TielineGraph, indices: readonly number[], sort: SortState): number[] {
  const sign = sort.dir === 'ascending' ? 1 : -1;
  const text = (i: number): string => {
    const e = graph.edges[i]!;
    if (sort.key === 'kind') return EDGE_KIND_INFO[e.kind].label;
    if (sort.key === 'parties') return edgePartiesText(graph, e);
    return e.summary;
  };
  const byTime = (a: number, b: number) => graph.edges[a]!.first - graph.edges[b]!.first || a - b;
  if (sort.key === 'date') return [...indices].sort((a, b) => sign * byTime(a, b));
  const keys = new Map(indices.map((i) => [i, text(i)]));
  return [...indices].sort((a, b) => sign * keys.get(a)!.localeCompare(keys.get(b)!) || byTime(a, b));
}
