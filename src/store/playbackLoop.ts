/**
 * Replay: while `playing`, advance the date on every animation frame. This
 * runs outside React, so a frame costs a store update and the graph view's
 * diff, never a render of the graph component.
 */
import { addMonths, startOfMonth } from '../domain/dates';
import { prefersReducedMotion } from '../screen/mediaQueries';
import { rangeOf, type TielineStore } from './createTielineStore';

export interface FrameClock {
  now(): number;
  request(cb: () => void): number;
  cancel(handle: number): void;
}

const browserClock: FrameClock = {
  now: () => performance.now(),
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
};

/** Longest frame we honour: after a stall (background tab) replay resumes instead of leaping. */
const MAX_FRAME_MS = 100;

/** The last day of the month holding `day`: with reduced motion, replay shows whole months, one step at a time. */
function endOfMonth(day: number): number {
  return addMonths(startOfMonth(day), 1) - 1;
}

/** Starts driving the store; returns a function that stops it. */
export function startPlaybackLoop(
  store: TielineStore,
  clock: FrameClock = browserClock,
  reducedMotion: () => boolean = prefersReducedMotion,
): () => void {
  let handle: number | null = null;
  let last = 0;
  let playhead = 0;
  let lastSet = 0;
  /** Read when a replay starts, not per frame (matchMedia costs a style lookup each call). */
  let reduced = false;

  const frame = () => {
    handle = null;
    const s = store.getState();
    if (!s.playing) return;
    const now = clock.now();
    const dt = Math.min(MAX_FRAME_MS, now - last);
    last = now;
    if (s.day !== lastSet) playhead = s.day; // the person moved the slider while playing
    const r = rangeOf(s.graph, s.rangeChoice);
    playhead += (dt / 1000) * s.speed;
    if (playhead >= r.last) {
      if (s.loop) playhead = r.first;
      else {
        lastSet = r.last;
        s.setDay(r.last);
        s.setPlaying(false);
        return;
      }
    }
    lastSet = reduced ? Math.min(r.last, endOfMonth(Math.floor(playhead))) : Math.floor(playhead);
    s.setDay(lastSet);
    handle = clock.request(frame);
  };

  const start = () => {
    const s = store.getState();
    const r = rangeOf(s.graph, s.rangeChoice);
    // Play at the end starts over, as a video player does.
    if (s.day >= r.last) s.setDay(r.first);
    playhead = store.getState().day;
    lastSet = playhead;
    reduced = reducedMotion();
    last = clock.now();
    if (handle === null) handle = clock.request(frame);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.playing && !prev.playing) start();
    if (!s.playing && handle !== null) {
      clock.cancel(handle);
      handle = null;
    }
  });
  if (store.getState().playing) start();

  return () => {
    unsubscribe();
    if (handle !== null) clock.cancel(handle);
    handle = null;
  };
}
