/**
 * Media queries read once, now: plain functions over `matchMedia`, no React
 * and no renderer, so the store (the replay loop) and the graph view
 * (camera glides) ask the screen the same way. Following a query as it
 * changes is `useMediaQuery` in graph-view/screenQueries.ts.
 */

/**
 * Whether the CSS media query `query` matches now. False where there is no
 * `matchMedia` (Node tests, workers), so callers get the default screen.
 */
export function matchesNow(query: string): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}

/**
 * Whether the person asked the system for less motion
 * (`prefers-reduced-motion: reduce`): fits jump instead of gliding, and a
 * replay steps a month at a time. Each call is a style lookup: read it
 * when motion starts, not per frame.
 */
export function prefersReducedMotion(): boolean {
  return matchesNow('(prefers-reduced-motion: reduce)');
}
