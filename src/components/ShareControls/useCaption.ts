/** The caption of the current view, and the link to it, for components. */
import { useMemo } from 'react';
import { buildCaption, describeDisplayOptions, type Caption } from '../../domain/caption';
import type { TielineState } from '../../store/createTielineStore';
import { useTieline } from '../../store/StoreContext';
import { linkFor } from '../../url-state/linkFor';

export function useCaption(title?: string): Caption | null {
  const graph = useTieline((s) => s.graph);
  const day = useTieline((s) => s.day);
  const mode = useTieline((s) => s.mode);
  const windowSize = useTieline((s) => s.window);
  const hideIdle = useTieline((s) => s.hideIdle);
  const ghostOut = useTieline((s) => s.ghostOut);
  const filter = useTieline((s) => s.filter);
  return useMemo(
    () =>
      graph ? buildCaption(graph, { day, mode, window: windowSize }, describeDisplayOptions({ hideIdle, ghostOut, filter }, graph), title) : null,
    [graph, day, mode, windowSize, hideIdle, ghostOut, filter, title],
  );
}

/**
 * The link to this moment, without embed. With the state, built from it: the
 * address bar is replaced at most every 250 ms, so right after a pan it lags.
 */
export function currentLink(state?: TielineState): string {
  if (state?.graph) return linkFor(window.location, state);
  const url = new URL(window.location.href);
  url.searchParams.delete('embed');
  url.hash = '';
  return url.href;
}
