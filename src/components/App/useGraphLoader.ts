/**
 * Loads the graph file once per mount and puts the result in the store, or
 * runs `openInstead` (a `?data=` address, opened by the importer).
 */
import { useEffect, useRef } from 'react';
import { loadGraphFromUrl } from '../../data/loadGraph';
import type { TielineStore } from '../../store/createTielineStore';

export function useGraphLoader(store: TielineStore, url: string, openInstead?: () => Promise<void>): void {
  const opensOther = openInstead !== undefined;
  const openRef = useRef(openInstead);
  openRef.current = openInstead;
  useEffect(() => {
    if (opensOther) {
      void openRef.current?.();
      return;
    }
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
  }, [store, url, opensOther]);
}
