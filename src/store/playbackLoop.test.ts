import { describe, expect, it } from 'vitest';
import { smallGraph } from '../../tests/fixtures/smallGraph';
import { isoFromDay, parseFuzzyDate } from '../domain/dates';
import { createTielineStore } from './createTielineStore';
import { startPlaybackLoop, type FrameClock } from './playbackLoop';

/** A clock whose frames run when the test says so, 16 ms apart. */
function manualClock() {
  let t = 0;
  let pending: (() => void) | null = null;
  const clock: FrameClock = {
    now: () => t,
    request: (cb) => ((pending = cb), 1),
    cancel: () => (pending = null),
  };
  const frames = (n: number) => {
    for (let k = 0; k < n && pending; k++) {
      t += 16;
      const cb = pending;
      pending = null;
      cb();
    }
  };
  return { clock, frames };
}

describe('replay with reduced motion', () => {
  it('steps a whole month at a time instead of gliding day by day', () => {
    const store = createTielineStore({ initial: { speed: 30 } });
    store.getState().setGraph(smallGraph());
    store.getState().setDay(parseFuzzyDate('2022-01-10')!.first);
    const { clock, frames } = manualClock();
    const stop = startPlaybackLoop(store, clock, () => true);
    const seen = new Set<string>();
    store.subscribe((s) => seen.add(isoFromDay(s.day)));
    store.getState().setPlaying(true);
    frames(200); // about 3.2 s at a month per second
    stop();
    expect([...seen].sort()).toEqual(['2022-01-10', '2022-01-31', '2022-02-28', '2022-03-31', '2022-04-30']);
  });

  it('glides day by day otherwise', () => {
    const store = createTielineStore({ initial: { speed: 30 } });
    store.getState().setGraph(smallGraph());
    store.getState().setDay(parseFuzzyDate('2022-01-10')!.first);
    const { clock, frames } = manualClock();
    const stop = startPlaybackLoop(store, clock, () => false);
    const seen = new Set<number>();
    store.subscribe((s) => seen.add(s.day));
    store.getState().setPlaying(true);
    frames(200);
    stop();
    expect(seen.size).toBeGreaterThan(60);
  });
});
