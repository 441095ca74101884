/**
 * J/K: the previous or next interaction in time, optionally of one actor.
 * Interactions are ordered by first day, then by index (the time index order).
 */
import type { TielineGraph } from './model';
import type { TimeIndex } from './timeIndex';
import { EDGE_KIND_INFO } from './vocabulary';

export interface StepOptions {
  /** Current position: the selected interaction, if any, else the current day. */
  fromEdge?: number;
  day: number;
  direction: 1 | -1;
  /** Only interactions touching this actor. */
  actor?: number;
  mask?: Uint8Array | null;
  /** Only interactions starting within [first, last] (the slider's range). */
  range: { first: number; last: number };
}

/**
 * The interaction to step to, or null. Without a selected interaction, "next"
 * is the first one after the current day and "previous" the last one on or
 * before it. Spans (offices, memberships) are states and are skipped.
 */
export function stepInteraction(graph: TielineGraph, index: TimeIndex, o: StepOptions): number | null {
  const order = index.byFirst;
  let k: number;
  if (o.fromEdge !== undefined) {
    k = order.indexOf(o.fromEdge);
    if (k < 0) return null;
    k += o.direction;
  } else if (o.direction === 1) {
    k = 0;
    while (k < order.length && graph.edges[order[k]!]!.first <= o.day) k++;
  } else {
    k = order.length - 1;
    while (k >= 0 && graph.edges[order[k]!]!.first > o.day) k--;
  }
  for (; k >= 0 && k < order.length; k += o.direction) {
    const e = graph.edges[order[k]!]!;
    if (e.first < o.range.first || e.first > o.range.last) continue;
    if (EDGE_KIND_INFO[e.kind].span || (o.mask && !o.mask[e.index])) continue;
    if (o.actor !== undefined && e.source !== o.actor && e.target !== o.actor) continue;
    return e.index;
  }
  return null;
}
