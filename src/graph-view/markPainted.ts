/** The first paint of a graph view: shared by the cytoscape and the sigma views. */
import type { TielineGraph } from '../domain/model';
import type { TielineStore } from '../store/createTielineStore';

/** Once the graph is painted: marks the page's first drawn graph (for the benchmark) and tells the store. */
export function markPainted(store: TielineStore, graph: TielineGraph | null): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('tieline:graph-painted').length === 0) performance.mark('tieline:graph-painted');
      if (graph && store.getState().graph === graph) store.getState().setDrawnGraph(graph);
    }),
  );
}
