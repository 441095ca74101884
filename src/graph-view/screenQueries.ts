/**
 * What the screen asks of the graph view: a phone held upright (the file's
 * tall layout), a small embed (short names). Shared by both renderers;
 * `useMediaQuery` follows a query as the screen turns or resizes. A query
 * read once (`matchesNow`, `prefersReducedMotion`: less motion) is in
 * src/screen/mediaQueries.ts, below the store and the graph view.
 */
import { useEffect, useState } from 'react';
import { matchesNow } from '../screen/mediaQueries';

/** A phone held upright: the graph uses the file's layout for tall screens, when it has one. */
export const TALL_SCREEN = '(orientation: portrait) and (max-width: 720px)';
/** An iframe smaller than a desktop window draws short names, larger (the full names are in tooltips and the link it opens). */
export const SMALL_WINDOW = '(max-width: 1199px), (max-height: 699px)';

/** Whether `query` matches, kept up to date; `onChange` runs after each change (for work outside React). */
export function useMediaQuery(query: string, onChange?: (matches: boolean) => void): boolean {
  const [matches, setMatches] = useState(() => matchesNow(query));
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const list = matchMedia(query);
    const changed = () => {
      setMatches(list.matches);
      onChange?.(list.matches);
    };
    list.addEventListener('change', changed);
    return () => list.removeEventListener('change', changed);
  }, [query, onChange]);
  return matches;
}
