/**
 * What the screen asks of the graph view: less motion, a phone held upright
 * (the file's tall layout), a small embed (short names). Shared by both
 * renderers; `useMediaQuery` follows a query as the screen turns or resizes.
 */
import { useEffect, useState } from 'react';

/** A phone held upright: the graph uses the file's layout for tall screens, when it has one. */
export const TALL_SCREEN = '(orientation: portrait) and (max-width: 720px)';
/** An iframe smaller than a desktop window draws short names, larger (the full names are in tooltips and the link it opens). */
export const SMALL_WINDOW = '(max-width: 1199px), (max-height: 699px)';

/** Whether a media query matches now (false where there is no matchMedia, as in Node tests). */
export function matchesNow(query: string): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}

/** The person asked for less motion: fits jump instead of gliding. */
export function prefersReducedMotion(): boolean {
  return matchesNow('(prefers-reduced-motion: reduce)');
}

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
