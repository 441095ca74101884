/** `?autoplay=1&from=…&to=…`: a replay over part of the range, looping there with `loop=1`. */
import { rangeOf, type TielineStore } from '../store/createTielineStore';
import type { OpenRequest } from './viewStateTypes';

/**
 * Starts the replay at `from`. At `to` it stops, or with the loop switch on
 * starts again at `from` (the replay itself only knows the slider's ends).
 * The range holds until the person pauses; returns a function that lets go.
 */
export function startAutoplay(store: TielineStore, request: NonNullable<OpenRequest['autoplay']>): () => void {
  const s = store.getState();
  const range = rangeOf(s.graph, s.rangeChoice);
  const from = request.from ?? range.first;
  const to = request.to ?? range.last;
  if (from < range.first || to > range.last) s.setRangeChoice('all');
  s.setDay(from);
  s.setPlaying(true);
  const unsubscribe = store.subscribe((now, prev) => {
    if (!now.playing) {
      if (prev.playing) unsubscribe();
      return;
    }
    if (now.day === prev.day) return;
    // Past `to`, or wrapped round to the slider's start by the replay's own loop.
    const pastEnd = now.day >= to || (now.day < from && prev.day >= from);
    if (!pastEnd) return;
    if (now.loop) now.setDay(from);
    else {
      now.setPlaying(false);
      now.setDay(to);
    }
  });
  return unsubscribe;
}
