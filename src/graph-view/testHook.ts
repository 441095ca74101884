/** The one test hook's type (window.__tieline), for both renderers. */
import type { Core } from 'cytoscape';
import type { GraphViewHandle } from './attachGraphView';
import type { SigmaViewHandle } from './sigma/attachSigmaView';

/** The hook as the cytoscape view sets it; the specs of small graphs read `cy` and `view`. */
export interface CytoscapeHook {
  renderer?: 'cytoscape';
  cy: Core;
  view: GraphViewHandle;
}

/** The hook as the sigma view (large graphs) sets it: no `cy`, no `view`. */
export interface SigmaHook {
  renderer: 'sigma';
  sigma: SigmaViewHandle;
}

declare global {
  interface Window {
    /**
     * The one test hook: the graph on screen, for browser tests and the
     * benchmark to read. Set when a graph view attaches, removed on unmount.
     * Typed as the cytoscape hook, which every spec of a small graph reads;
     * on a large graph it holds a `SigmaHook` instead (check `renderer`).
     */
    __tieline?: CytoscapeHook & { sigma?: SigmaViewHandle };
  }
}

/** Sets the hook for the sigma view (see the note on `Window.__tieline`). */
export function setSigmaHook(hook: SigmaHook): void {
  window.__tieline = hook as unknown as CytoscapeHook;
}

/** Whether the hook on the page is the sigma view's. */
export function sigmaHookOf(w: Window): SigmaViewHandle | null {
  return w.__tieline?.renderer === ('sigma' as string) ? (w.__tieline as unknown as SigmaHook).sigma : null;
}
