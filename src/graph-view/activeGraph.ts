/**
 * The cy instance on screen, for code loaded on demand (export, recording)
 * that draws what the person sees. Set and cleared by GraphCanvas.
 */
import type { Core } from 'cytoscape';

let active: Core | null = null;

export function setActiveCy(cy: Core | null): void {
  active = cy;
}

/** The graph on screen, or null while none is mounted. */
export function activeCy(): Core | null {
  return active;
}
