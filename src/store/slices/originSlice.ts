/** Where the graph on screen came from, so a history entry can name it and Back can reopen it. */
import type { SliceCreator } from './sliceTypes';

export type GraphOrigin = { kind: 'shipped' } | { kind: 'url'; address: string } | { kind: 'file'; name: string };

export interface OriginSlice {
  /** Set by whoever opens a graph, just before `setGraph`. */
  graphOrigin: GraphOrigin;
  setGraphOrigin(origin: GraphOrigin): void;
}

export const createOriginSlice: SliceCreator<OriginSlice> = (set) => ({
  graphOrigin: { kind: 'shipped' },
  setGraphOrigin: (graphOrigin) => set({ graphOrigin }),
});
