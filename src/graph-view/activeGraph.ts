/**
 * The cy instance a store shows, for code loaded on demand (export,
 * recording) that draws what the person sees. GraphCanvas records it in its
 * store (`setCanvas`) and clears it on unmount: one per store, no module state.
 */
import type { Core } from 'cytoscape';

/** The graph on screen for this state, or null while none is mounted. */
export function drawnCy(s: { canvas: object | null }): Core | null {
  return (s.canvas as Core | null) ?? null;
}
