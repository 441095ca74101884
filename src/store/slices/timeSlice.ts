/** The current date, the time mode and window, and the slider's range. */
import type { TielineGraph } from '../../domain/model';
import type { TimeMode, WindowSize } from '../../domain/timeView';
import type { SliceCreator } from './sliceTypes';

export type RangeChoice = 'default' | 'all';

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

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** The slider's range for a graph and a range choice. */
export function rangeOf(graph: TielineGraph | null, choice: RangeChoice): { first: number; last: number } {
  if (!graph) return { first: 0, last: 0 };
  if (choice === 'default') return graph.defaultRange;
  return {
    first: Math.min(graph.extent.first, graph.defaultRange.first),
    last: Math.max(graph.extent.last, graph.defaultRange.last),
  };
}

export const createTimeSlice: SliceCreator<TimeSlice> = (set, get, options) => ({
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
});
