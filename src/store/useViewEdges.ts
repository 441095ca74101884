/**
 * The interactions in the current time view that pass the filters, as a
 * stable array: the same reference while the set does not change, so lists
 * re-render only when their content would.
 */
import { useMemo, useRef } from 'react';
import { startOfMonth } from '../domain/dates';
import { boundsOf } from '../domain/timeView';
import { summarizeView, type ViewSummary } from '../domain/viewSummary';
import { maskOf } from './derived';
import { useTieline } from './StoreContext';

const EMPTY: ViewSummary = { edges: 0, actors: 0, edgeIndices: [] };

/** The day a list follows: during replay, optionally only the first day of each month. */
export function viewDay(s: { day: number; playing: boolean }, coarseWhilePlaying: boolean): number {
  return coarseWhilePlaying && s.playing ? startOfMonth(s.day) : s.day;
}

function sameIndices(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * `filtered: false` gives the time view alone (for filter counts).
 * `coarseWhilePlaying`: during replay, follow the date only month by month
 * (its first day), so long lists re-render a few times a second, not every frame.
 */
export function useViewSummary(filtered = true, coarseWhilePlaying = false): ViewSummary {
  const graph = useTieline((s) => s.graph);
  const index = useTieline((s) => s.timeIndex);
  const filter = useTieline((s) => s.filter);
  const day = useTieline((s) => viewDay(s, coarseWhilePlaying));
  const mode = useTieline((s) => s.mode);
  const windowSize = useTieline((s) => s.window);
  const last = useRef<ViewSummary>(EMPTY);
  return useMemo(() => {
    if (!graph || !index) return EMPTY;
    const mask = filtered ? maskOf({ graph, filter }) : null;
    const next = summarizeView(graph, index, boundsOf({ day, mode, window: windowSize }), mask);
    if (next.actors === last.current.actors && sameIndices(next.edgeIndices, last.current.edgeIndices)) return last.current;
    last.current = next;
    return next;
  }, [graph, index, filter, day, mode, windowSize, filtered]);
}
