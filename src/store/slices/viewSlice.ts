/** The display switches (what is out of view, merged repeats, sizes) and requests to the camera. */
import type { SliceCreator } from './sliceTypes';

export interface ViewSlice {
  /** Hide actors with no interaction in view, instead of dimming them. */
  hideIdle: boolean;
  /** Draw interactions outside the time view faintly instead of hiding them. */
  ghostOut: boolean;
  /** Draw repeated interactions between a pair as one edge, width by count. */
  aggregateEdges: boolean;
  /** Size actors by their number of ties in view. */
  sizeByActivity: boolean;
  /** Incremented to ask the graph view to fit everything in. */
  fitRequest: number;
  /** Asks the graph view to centre a node (index); `n` changes on every request. */
  centerRequest: { node: number; n: number } | null;
  /** Asks the graph view to zoom by `factor` about the middle (the + and − buttons); `n` changes on every request. */
  zoomRequest: { factor: number; n: number } | null;
  setHideIdle(hide: boolean): void;
  setGhostOut(ghost: boolean): void;
  setAggregateEdges(on: boolean): void;
  setSizeByActivity(on: boolean): void;
  requestFit(): void;
  requestCenter(node: number): void;
  requestZoom(factor: number): void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get, options) => ({
  hideIdle: options.initial?.hideIdle ?? false,
  ghostOut: options.initial?.ghostOut ?? false,
  aggregateEdges: false,
  sizeByActivity: false,
  setAggregateEdges: (aggregateEdges) => set({ aggregateEdges }),
  setSizeByActivity: (sizeByActivity) => set({ sizeByActivity }),
  fitRequest: 0,
  setHideIdle: (hideIdle) => set({ hideIdle }),
  setGhostOut: (ghostOut) => set({ ghostOut }),
  requestFit: () => set({ fitRequest: get().fitRequest + 1 }),
  centerRequest: null,
  requestCenter: (node) => set({ centerRequest: { node, n: (get().centerRequest?.n ?? 0) + 1 } }),
  zoomRequest: null,
  requestZoom: (factor) => set({ zoomRequest: { factor, n: (get().zoomRequest?.n ?? 0) + 1 } }),
});
