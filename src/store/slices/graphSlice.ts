/** The loaded graph, its time index, and the loading state. */
import type { TielineGraph } from '../../domain/model';
import { buildTimeIndex, type TimeIndex } from '../../domain/timeIndex';
import { NO_LOG_FILTER } from '../../domain/eventLog';
import type { SliceCreator } from './sliceTypes';
import { clamp, rangeOf } from './timeSlice';

export type LoadState =
  | { status: 'loading'; what: string }
  | { status: 'ready' }
  | { status: 'error'; what: string; problems: string[] };

export interface GraphSlice {
  load: LoadState;
  graph: TielineGraph | null;
  timeIndex: TimeIndex | null;
  setLoading(what: string): void;
  /** Records a failed load; a graph already on screen stays. */
  setLoadError(what: string, problems: string[]): void;
  /** `timeIndex`: the graph's, when the caller built it already (in its own task, for a large graph). */
  setGraph(graph: TielineGraph, timeIndex?: TimeIndex): void;
  /** The graph the view has drawn on screen (set by the graph view after its first paint). */
  drawnGraph: TielineGraph | null;
  setDrawnGraph(graph: TielineGraph): void;
  /**
   * The renderer's instance on screen (opaque here; graph-view's `drawnCy`
   * reads it), so exports and video draw what this store shows. Null while none is mounted.
   */
  canvas: object | null;
  setCanvas(canvas: object | null): void;
}

export const createGraphSlice: SliceCreator<GraphSlice> = (set, get, options) => ({
  load: { status: 'loading', what: 'data/graph.json' },
  graph: null,
  timeIndex: null,
  drawnGraph: null,
  setDrawnGraph: (drawnGraph) => set({ drawnGraph }),
  canvas: null,
  setCanvas: (canvas) => set({ canvas }),
  setLoading: (what) => set({ load: { status: 'loading', what } }),
  setLoadError: (what, problems) => set({ load: { status: 'error', what, problems } }),
  setGraph: (graph, timeIndex) => {
    const range = rangeOf(graph, get().rangeChoice);
    const initialDay = options.initial?.day;
    set({
      graph,
      timeIndex: timeIndex ?? buildTimeIndex(graph.edges),
      load: { status: 'ready' },
      selection: null,
      focus: null,
      pathQuery: null,
      balance: null,
      filter: get().graph === null ? get().filter : { hiddenNodeKinds: [], hiddenEdgeKinds: [], countries: [] },
      // The log's actors are node indices of the old graph: a new graph starts with no log filter.
      logFilter: get().graph === null ? get().logFilter : NO_LOG_FILTER,
      playing: false,
      // The first graph may open on a requested day; later ones start at the end of their range.
      day: initialDay !== undefined && get().graph === null ? clamp(initialDay, range.first, range.last) : range.last,
    });
  },
});
