/**
 * The graphs opened in this tab, one per history entry, so Back and Forward
 * move between them. The entry's `history.state` names its graph; the graph
 * itself stays in memory (a file has no address to fetch again), for the
 * last few graphs; an older one, or any after a reload, is reopened from its
 * `data=` address when it has one.
 */
import type { TielineGraph } from '../domain/model';
import type { GraphOrigin } from '../store/createTielineStore';

/** What each history entry carries in `history.state`. */
export interface GraphEntry {
  tielineGraph: string;
  origin: GraphOrigin;
}

/** Graphs kept for Back: enough for a session's comparisons, bounded for memory (each can hold 100,000 interactions). */
export const KEPT_GRAPHS = 6;

/** Reads an entry back from `history.state`, which any script on the page could have set. */
export function entryOf(state: unknown): GraphEntry | null {
  if (!state || typeof state !== 'object') return null;
  const { tielineGraph, origin } = state as Partial<GraphEntry>;
  if (typeof tielineGraph !== 'string' || !origin || typeof origin !== 'object') return null;
  if (origin.kind === 'shipped') return { tielineGraph, origin: { kind: 'shipped' } };
  if (origin.kind === 'url' && typeof origin.address === 'string') return { tielineGraph, origin: { kind: 'url', address: origin.address } };
  if (origin.kind === 'file' && typeof origin.name === 'string') return { tielineGraph, origin: { kind: 'file', name: origin.name } };
  return null;
}

/** The query string for a graph of this origin: `data=` set or removed, the rest kept. */
export function searchForOrigin(search: string, origin: GraphOrigin): string {
  const params = new URLSearchParams(search);
  if (origin.kind === 'url') params.set('data', origin.address);
  else params.delete('data');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export class OpenedGraphs {
  private readonly graphs = new Map<string, TielineGraph>();
  private readonly keys = new WeakMap<TielineGraph, string>();
  private count = 0;
  /** Keys differ from one page load to the next, so an entry from before a reload is never taken for a graph in memory. */
  constructor(private readonly page = Math.random().toString(36).slice(2, 10)) {}

  /** The entry for `graph`, remembering it (a graph seen before keeps its key). */
  entryFor(graph: TielineGraph, origin: GraphOrigin): GraphEntry {
    let key = this.keys.get(graph);
    if (key === undefined) {
      key = `${this.page}-${++this.count}`;
      this.keys.set(graph, key);
    }
    this.graphs.delete(key);
    this.graphs.set(key, graph);
    for (const old of this.graphs.keys()) {
      if (this.graphs.size <= KEPT_GRAPHS) break;
      this.graphs.delete(old);
    }
    return { tielineGraph: key, origin };
  }

  graphOf(entry: GraphEntry): TielineGraph | undefined {
    return this.graphs.get(entry.tielineGraph);
  }
}
