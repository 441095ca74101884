/**
 * The visible set: which interactions are in view and how many of them touch
 * each actor. Moving the view costs O(log n + candidates), where candidates
 * are only the interactions whose first or last day lies between the old and
 * new bounds; the caller receives exactly what changed.
 */
import type { TimeIndex, Timed } from './timeIndex';
import { endingIn, startingIn } from './timeIndex';
import type { Bounds } from './timeView';
import { overlaps } from './timeView';

export interface Endpoints {
  source: number;
  target: number;
}

export interface ViewChange {
  shownEdges: number[];
  hiddenEdges: number[];
  /** Actors whose count of interactions in view went from 0 to more (net, over the whole change). */
  activatedNodes: number[];
  /** Actors whose count went to 0 (net: an actor never appears in both lists). */
  idledNodes: number[];
}

/** Brute-force oracle and cold start: all edge indices visible in the bounds. */
export function visibleAt(items: readonly Timed[], bounds: Bounds, mask?: Uint8Array | null): number[] {
  const out: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if ((!mask || mask[i]) && overlaps(it.first, it.last, bounds)) out.push(i);
  }
  return out;
}

/** Tracks the visible set across steps; one instance per loaded graph. */
export class VisibleSet {
  readonly edgeVisible: Uint8Array;
  readonly nodeDegree: Int32Array;
  edgeCount = 0;
  nodeCount = 0;
  /** Empty (no day is both after +∞ and before −∞): nothing is visible until the first move. */
  private bounds: Bounds = { from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY };
  private mask: Uint8Array | null = null;

  constructor(
    private readonly items: readonly (Timed & Endpoints)[],
    private readonly index: TimeIndex,
    nodeTotal: number,
  ) {
    this.edgeVisible = new Uint8Array(items.length);
    this.nodeDegree = new Int32Array(nodeTotal);
  }

  get currentBounds(): Bounds {
    return this.bounds;
  }

  /** Moves to new bounds, touching only interactions that may have changed. */
  moveTo(next: Bounds): ViewChange {
    const prev = this.bounds;
    const change = emptyChange();
    if (prev.from > prev.to || !Number.isFinite(prev.to)) {
      // Cold start: the index prefix up to `to` holds every candidate.
      this.bounds = next;
      this.visit(startingIn(this.index, Number.NEGATIVE_INFINITY, next.to), change);
      return this.settle(change);
    }
    this.bounds = next;
    this.visit(startingIn(this.index, Math.min(prev.to, next.to), Math.max(prev.to, next.to)), change);
    if (prev.from !== next.from) {
      const lo = Math.min(prev.from, next.from);
      const hi = Math.max(prev.from, next.from);
      // From -Infinity (cumulative) the changed range is everything ending before `hi`.
      this.visit(endingIn(this.index, lo, hi), change);
    }
    return this.settle(change);
  }

  /** Applies a filter mask (1 = passes; null = everything passes): a full pass, as filters change rarely. */
  setMask(mask: Uint8Array | null): ViewChange {
    this.mask = mask;
    const change = emptyChange();
    for (let i = 0; i < this.items.length; i++) this.update(i, change);
    return this.settle(change);
  }

  /**
   * Actors' degree before this change, by actor: within one change an actor
   * can drop to 0 and rise again (one interaction leaves, another enters), so
   * the lists are decided on the net result, never on the order of visits.
   */
  private touched = new Map<number, number>();

  private settle(change: ViewChange): ViewChange {
    for (const [node, before] of this.touched) {
      const after = this.nodeDegree[node]!;
      if (before === 0 && after > 0) change.activatedNodes.push(node);
      else if (before > 0 && after === 0) change.idledNodes.push(node);
    }
    this.touched.clear();
    return change;
  }

  private visit(candidates: Int32Array, change: ViewChange): void {
    for (let k = 0; k < candidates.length; k++) this.update(candidates[k]!, change);
  }

  private update(i: number, change: ViewChange): void {
    const it = this.items[i]!;
    const now = (!this.mask || this.mask[i] === 1) && overlaps(it.first, it.last, this.bounds) ? 1 : 0;
    if (now === this.edgeVisible[i]) return;
    this.edgeVisible[i] = now;
    const delta = now ? 1 : -1;
    this.edgeCount += delta;
    (now ? change.shownEdges : change.hiddenEdges).push(i);
    this.bump(it.source, delta);
    if (it.target !== it.source) this.bump(it.target, delta);
  }

  private bump(node: number, delta: number): void {
    const before = this.nodeDegree[node]!;
    const after = before + delta;
    this.nodeDegree[node] = after;
    if (!this.touched.has(node)) this.touched.set(node, before);
    if (before === 0 && after > 0) this.nodeCount++;
    else if (before > 0 && after === 0) this.nodeCount--;
  }
}

function emptyChange(): ViewChange {
  return { shownEdges: [], hiddenEdges: [], activatedNodes: [], idledNodes: [] };
}
