/** Focus on one actor's neighbourhood, "how are they connected", and how edges and nodes are drawn. */
import type { SliceCreator } from './sliceTypes';

export interface FocusSlice {
  /** Show only this actor (node index) and its neighbours within `depth` steps in view. */
  focus: { node: number; depth: 1 | 2 } | null;
  /** Two actors whose shortest paths in view are shown. */
  pathQuery: { from: number; to: number } | null;
  /** Draw repeated interactions between a pair as one edge, width by count. */
  aggregateEdges: boolean;
  /** Size actors by their number of interactions in view. */
  sizeByActivity: boolean;
  setFocus(focus: FocusSlice['focus']): void;
  setPathQuery(query: FocusSlice['pathQuery']): void;
  setAggregateEdges(on: boolean): void;
  setSizeByActivity(on: boolean): void;
}

export const createFocusSlice: SliceCreator<FocusSlice> = (set) => ({
  focus: null,
  pathQuery: null,
  aggregateEdges: false,
  sizeByActivity: false,
  setFocus: (focus) => set({ focus }),
  setPathQuery: (pathQuery) => set({ pathQuery }),
  setAggregateEdges: (aggregateEdges) => set({ aggregateEdges }),
  setSizeByActivity: (sizeByActivity) => set({ sizeByActivity }),
});
