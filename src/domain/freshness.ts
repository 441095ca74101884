/**
 * During replay the newest interactions are emphasised: "fresh" for the last
 * moment of replay time, then "recent" a while longer, then plain. Two steps
 * instead of an animated fade keep each frame cheap and need no motion.
 */
import { startingIn, type TimeIndex } from './timeIndex';

export type FreshClass = 'fresh' | 'recent';

export interface FreshChange {
  added: [number, FreshClass][];
  removed: [number, FreshClass][];
}

/** Seconds of replay an interaction stays "fresh", then "recent". */
const FRESH_SECONDS = 0.6;
const RECENT_SECONDS = 1.4;

export class FreshTracker {
  private current = new Map<number, FreshClass>();

  constructor(
    private readonly items: readonly { first: number }[],
    private readonly index: TimeIndex,
  ) {}

  /** `day` null means not playing: everything returns to plain. */
  update(day: number | null, daysPerSecond: number, visible: Uint8Array): FreshChange {
    const next = new Map<number, FreshClass>();
    if (day !== null) {
      const freshDays = Math.max(3, daysPerSecond * FRESH_SECONDS);
      const recentDays = Math.max(7, daysPerSecond * RECENT_SECONDS);
      for (const i of startingIn(this.index, day - recentDays, day)) {
        if (!visible[i]) continue;
        next.set(i, this.items[i]!.first > day - freshDays ? 'fresh' : 'recent');
      }
    }
    const change: FreshChange = { added: [], removed: [] };
    for (const [i, cls] of this.current) {
      if (next.get(i) !== cls) change.removed.push([i, cls]);
    }
    for (const [i, cls] of next) {
      if (this.current.get(i) !== cls) change.added.push([i, cls]);
    }
    this.current = next;
    return change;
  }
}
