/**
 * Everything a cy instance needs once react-cytoscapejs has made it: the view
 * engine's bridge, the camera for links, the keyboard, the store's handle for
 * exports, the test hook and the first-paint mark. `detach` undoes each.
 */
import type { Core } from 'cytoscape';
import type { TielineStore } from '../store/createTielineStore';
import { attachCamera } from './attachCamera';
import { attachGraphView, type GraphViewHandle } from './attachGraphView';
import { attachKeyboard } from './attachKeyboard';
import type { ElementLook } from './elements';
import { markPainted } from './markPainted';
import { prefersReducedMotion } from '../screen/mediaQueries';
import './testHook';

export interface MountedCytoscapeView {
  cy: Core;
  view: GraphViewHandle;
  detach(): void;
}

/** Attaches the store's view to `cy` (built with `look`); `announce` speaks keyboard moves. */
export function mountCytoscapeView(cy: Core, store: TielineStore, look: ElementLook | undefined, announce: (text: string) => void): MountedCytoscapeView {
  const view = attachGraphView(cy, store, { reducedMotion: prefersReducedMotion, built: look });
  // The element that takes the keyboard is the one around cytoscape's own container.
  const focusable = cy.container()?.closest<HTMLElement>('.graph-canvas');
  const graph = store.getState().graph;
  const detachKeyboard = focusable && graph ? attachKeyboard(cy, graph, store, focusable, announce) : () => {};
  const detachCamera = attachCamera(cy, store);
  store.getState().setCanvas(cy);
  window.__tieline = { cy, view };
  markPainted(store, graph);
  return {
    cy,
    view,
    detach() {
      view.detach();
      detachCamera();
      detachKeyboard();
      if (store.getState().canvas === cy) store.getState().setCanvas(null);
      if (window.__tieline?.cy === cy) delete window.__tieline;
    },
  };
}
