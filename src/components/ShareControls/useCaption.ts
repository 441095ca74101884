/**
 * The caption of the current view for the clean and embed views, which show
 * it (copying and exports build theirs on click: captionOf), and the link.
 */
import { useMemo } from 'react';
import { buildCaption, describeDisplayOptions, type Caption } from '../../domain/caption';
import type { TielineState } from '../../store/createTielineStore';
import { useTieline } from '../../store/StoreContext';
import { linkFor } from '../../url-state/linkFor';

export function useCaption(title?: string): Caption | null {
  // Sources in view change rarely: keyed by their list as text, the caption is rebuilt only then.
  const sourcesKey = useTieline((s) => s.engine.sourcesInView().join(','));
  const graph = useTieline((s) => s.graph);
  const day = useTieline((s) => s.day);
  const mode = useTieline((s) => s.mode);
  const windowSize = useTieline((s) => s.window);
  const hideIdle = useTieline((s) => s.hideIdle);
  const ghostOut = useTieline((s) => s.ghostOut);
  const filter = useTieline((s) => s.filter);
  return useMemo(
    () =>
      graph
        ? buildCaption(
            graph,
            { day, mode, window: windowSize },
            describeDisplayOptions({ hideIdle, ghostOut, filter }, graph),
            title,
            sourcesKey ? sourcesKey.split(',').map(Number) : [],
          )
        : null,
    [graph, day, mode, windowSize, hideIdle, ghostOut, filter, title, sourcesKey],
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
