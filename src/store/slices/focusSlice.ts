/** Focus on one actor's neighbourhood, and "how are they connected". */
import type { SliceCreator } from './sliceTypes';

export interface FocusSlice {
  /** Show only this actor (node index) and its neighbours within `depth` steps in view. */
  focus: { node: number; depth: 1 | 2 } | null;
  /** Two actors whose shortest paths in view are shown. */
  pathQuery: { from: number; to: number } | null;
  setFocus(focus: FocusSlice['focus']): void;
  setPathQuery(query: FocusSlice['pathQuery']): void;
}

export const createFocusSlice: SliceCreator<FocusSlice> = (set) => ({
  focus: null,
  pathQuery: null,
  setFocus: (focus) => set({ focus }),
  setPathQuery: (pathQuery) => set({ pathQuery }),
});
