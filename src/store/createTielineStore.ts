/**
 * The one store, made by a factory so every test (and every mounted app) gets
 * a fresh one. Slices: graph, time, playback, selection, view. Derived data
 * (the visible set, counts) is computed by domain functions, never stored.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TielineGraph } from '../domain/model';
import { buildTimeIndex, type TimeIndex } from '../domain/timeIndex';
import type { TimeMode, WindowSize } from '../domain/timeView';

export type LoadState =
  | { status: 'loading'; what: string }
  | { status: 'ready' }
  | { status: 'error'; what: string; problems: string[] };

export type Selection = { kind: 'node' | 'edge'; id: string } | null;
export type RangeChoice = 'default' | 'all';

export interface GraphSlice {
  load: LoadState;
  graph: TielineGraph | null;
  timeIndex: TimeIndex | null;
  setLoading(what: string): void;
  setLoadError(what: string, problems: string[]): void;
  setGraph(graph: TielineGraph): void;
}

export interface TimeSlice {
  day: number;
  mode: TimeMode;
  window: WindowSize;
  rangeChoice: RangeChoice;
  setDay(day: number): void;
  setMode(mode: TimeMode): void;
  setWindow(window: WindowSize): void;
  setRangeChoice(choice: RangeChoice): void;
}

export interface PlaybackSlice {
  playing: boolean;
  /** Days of data time per second of replay. */
  speed: number;
  loop: boolean;
  setPlaying(playing: boolean): void;
  togglePlaying(): void;
  setSpeed(speed: number): void;
  setLoop(loop: boolean): void;
}

export interface SelectionSlice {
  selection: Selection;
  select(selection: Selection): void;
}

export interface ViewSlice {
  /** Hide actors with no interaction in view, instead of dimming them. */
  hideIdle: boolean;
  /** Draw interactions outside the time view faintly instead of hiding them. */
  ghostOut: boolean;
  /** Incremented to ask the graph view to fit everything in. */
  fitRequest: number;
  setHideIdle(hide: boolean): void;
  setGhostOut(ghost: boolean): void;
  requestFit(): void;
}

export type TielineState = GraphSlice & TimeSlice & PlaybackSlice & SelectionSlice & ViewSlice;
export type TielineStore = StoreApi<TielineState>;

export const SPEEDS = [
  { daysPerSecond: 30, label: '1 month/s' },
  { daysPerSecond: 91, label: '1 quarter/s' },
  { daysPerSecond: 182, label: '6 months/s' },
  { daysPerSecond: 365, label: '1 year/s' },
] as const;

/** The slider's range for a graph and a range choice. */
export function rangeOf(graph: TielineGraph | null, choice: RangeChoice): { first: number; last: number } {
  if (!graph) return { first: 0, last: 0 };
  if (choice === 'default') return graph.defaultRange;
  return {
    first: Math.min(graph.extent.first, graph.defaultRange.first),
    last: Math.max(graph.extent.last, graph.defaultRange.last),
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

export interface StoreOptions {
  /** Start in the given state (tests, and links that reopen a moment). */
  initial?: Partial<Pick<TielineState, 'day' | 'mode' | 'window' | 'speed' | 'loop' | 'hideIdle' | 'ghostOut' | 'rangeChoice'>>;
}

/** Creates a fresh store. */
export function createTielineStore(options: StoreOptions = {}): TielineStore {
  return createStore<TielineState>()((set, get) => ({
    load: { status: 'loading', what: 'data/graph.json' },
    graph: null,
    timeIndex: null,
    setLoading: (what) => set({ load: { status: 'loading', what } }),
    setLoadError: (what, problems) => {
      // A graph already on screen stays; the error is shown beside it.
      set({ load: { status: 'error', what, problems } });
    },
    setGraph: (graph) => {
      const range = rangeOf(graph, get().rangeChoice);
      set({
        graph,
        timeIndex: buildTimeIndex(graph.edges),
        load: { status: 'ready' },
        selection: null,
        playing: false,
        day: options.initial?.day !== undefined && get().graph === null ? clamp(options.initial.day, range.first, range.last) : range.last,
      });
    },

    day: options.initial?.day ?? 0,
    mode: options.initial?.mode ?? 'cumulative',
    window: options.initial?.window ?? { amount: 3, unit: 'month' },
    rangeChoice: options.initial?.rangeChoice ?? 'default',
    setDay: (day) => {
      const r = rangeOf(get().graph, get().rangeChoice);
      const next = clamp(Math.round(day), r.first, r.last);
      if (next !== get().day) set({ day: next });
    },
    setMode: (mode) => set({ mode }),
    setWindow: (window) => set({ window: { amount: Math.max(1, Math.round(window.amount)), unit: window.unit } }),
    setRangeChoice: (rangeChoice) => {
      const r = rangeOf(get().graph, rangeChoice);
      set({ rangeChoice, day: clamp(get().day, r.first, r.last) });
    },

    playing: false,
    speed: options.initial?.speed ?? SPEEDS[1].daysPerSecond,
    loop: options.initial?.loop ?? false,
    setPlaying: (playing) => set({ playing }),
    togglePlaying: () => set({ playing: !get().playing }),
    setSpeed: (speed) => set({ speed }),
    setLoop: (loop) => set({ loop }),

    selection: null,
    select: (selection) => set({ selection }),

    hideIdle: options.initial?.hideIdle ?? false,
    ghostOut: options.initial?.ghostOut ?? false,
    fitRequest: 0,
    setHideIdle: (hideIdle) => set({ hideIdle }),
    setGhostOut: (ghostOut) => set({ ghostOut }),
    requestFit: () => set({ fitRequest: get().fitRequest + 1 }),
  }));
}
