/**
 * Counts of distinct events per key, kept as differences: several edges of one
 * event (one meeting with three parties) count once for a key while any of
 * them is in, and the count moves only when the first enters or the last leaves.
 */
export class DistinctTally {
  /** `counts[key]`: distinct events counted for the key. */
  readonly counts: Int32Array;
  /** Edges in, per (event, key) slot. */
  private refs = new Map<number, number>();

  constructor(readonly keys: number) {
    this.counts = new Int32Array(Math.max(1, keys));
  }

  /**
   * Adds (`delta` 1) or removes (−1) one edge of `event` for `key`.
   * `alone`: the event has this one edge, so the count moves directly (most
   * events; keeps a step over many interactions free of map work).
   */
  add(event: number, key: number, delta: 1 | -1, alone = false): void {
    if (alone) {
      this.counts[key]! += delta;
      return;
    }
    const slot = event * this.keys + key;
    const before = this.refs.get(slot) ?? 0;
    const after = before + delta;
    if (after === 0) this.refs.delete(slot);
    else this.refs.set(slot, after);
    if (before === 0 && after > 0) this.counts[key]!++;
    else if (before > 0 && after === 0) this.counts[key]!--;
  }

  /** Forgets everything (a full recount follows). */
  reset(): void {
    this.refs.clear();
    this.counts.fill(0);
  }
}
