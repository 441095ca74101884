/** Loads the graph file once per mount and puts the result in the store. */
import { useEffect } from 'react';
import { loadGraphFromUrl } from '../../data/loadGraph';
import type { TielineStore } from '../../store/createTielineStore';

export function useGraphLoader(store: TielineStore, url: string): void {
  useEffect(() => {
    let cancelled = false;
    store.getState().setLoading(url);
    void loadGraphFromUrl(url).then((result) => {
      if (cancelled) return;
      if (result.ok) store.getState().setGraph(result.graph);
      else store.getState().setLoadError(url, result.problems);
    });
    return () => {
      cancelled = true;
    };
  }, [store, url]);
}
