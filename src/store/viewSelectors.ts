/**
 * How React reads the view engine: counts through selectors that return
 * primitives, lists through selectors that return the engine's cached arrays
 * (the same reference until the view changes), so a component re-renders
 * only when what it shows changes, and no component scans the interactions.
 */
import { useMemo } from 'react';
import { buildCaption, creditOf, describeDisplayOptions, publishersOf, type Caption } from '../domain/caption';
import { startOfMonth } from '../domain/dates';
import type { ViewEngine } from '../domain/viewEngine';
import type { TielineState } from './createTielineStore';
import { useTieline } from './StoreContext';

/** The day a list follows: during replay, optionally only the first day of each month. */
export function viewDay(s: { day: number; playing: boolean }, coarseWhilePlaying: boolean): number {
  return coarseWhilePlaying && s.playing ? startOfMonth(s.day) : s.day;
}

/** Reads one figure or cached list from the engine; re-renders when it changes. */
export function useView<T>(read: (engine: ViewEngine) => T): T {
  return useTieline((s) => read(s.engine));
}

/**
 * The interactions in view (filtered), in order of first day.
 * `coarseWhilePlaying`: during replay, follow the view only month by month,
 * so long lists re-render a few times a second, not every frame.
 */
export function useEdgesInView(coarseWhilePlaying = false): readonly number[] {
  const engine = useTieline((s) => s.engine);
  const key = useTieline((s) => (coarseWhilePlaying && s.playing ? `m${startOfMonth(s.day)}` : `v${s.engine.version}`));
  // `key` says when to pull again: on every change of the view, or once a month of replay.
  return useMemo(() => (key ? engine.edgesInView() : []), [engine, key]);
}

/** Credit lines by the engine's list of sources in view (the same array until the view changes). */
const credits = new WeakMap<readonly number[], string>();

/** The credit line for the view: only publishers of sources backing a tie in view. */
export function creditLine(s: TielineState): string {
  if (!s.graph) return '';
  const sources = s.engine.sourcesInView();
  let line = credits.get(sources);
  if (line === undefined) credits.set(sources, (line = creditOf(publishersOf(s.graph, sources))));
  return line;
}

/** The caption of the current view, built when asked (on click), never per frame. */
export function captionOf(s: TielineState, title?: string): Caption | null {
  if (!s.graph) return null;
  return buildCaption(s.graph, { day: s.day, mode: s.mode, window: s.window }, describeDisplayOptions(s, s.graph), title, s.engine.sourcesInView());
}
