/**
 * Figures the view engine hands out on demand, over a list of interactions it
 * chose: what a picture draws (legend kinds, line looks, the sources it
 * credits), the interactions a replay shows on some frame, and the pair edges
 * of one event. Here so the exports, the video and the details panel read
 * them from the engine instead of scanning the interactions themselves.
 */
import { kindsInView } from './kindsInView';
import { LINE_LOOKS, looksOf, type LineLook } from './lineLooks';
import type { TielineGraph } from './model';
import type { TimeIndex } from './timeIndex';
import { isAffiliation, type EdgeKind, type NodeKind } from './vocabulary';

/** What a picture's switches leave out. */
export interface PartsOptions {
  /** Affiliations (offices held, memberships) are drawn. */
  affiliations: boolean;
  /** Actors without an interaction in view are left out, so their kinds are not explained. */
  hideIdle: boolean;
}

/** What a picture draws: its legend's kinds and line looks, and the sources it credits. */
export interface DrawnParts {
  nodeKinds: NodeKind[];
  edgeKinds: EdgeKind[];
  /** In LINE_LOOKS order; "possible" only where the caller says the view may show it. */
  lineLooks: LineLook[];
  /** Indices into `graph.sources` backing a line drawn, ascending. */
  sources: number[];
}

export const NO_PARTS: DrawnParts = { nodeKinds: [], edgeKinds: [], lineLooks: [], sources: [] };
/** An empty edge list, always the same (a selector returning it does not re-render). */
export const NO_EDGES: readonly number[] = [];

/**
 * The parts a picture of `edges` draws, affiliations left out unless drawn.
 * `possible`: add the "possibly in view" look (a window, where an imprecise
 * date may reach in or out).
 */
export function drawnParts(graph: TielineGraph, edges: Iterable<number>, o: PartsOptions, possible = false): DrawnParts {
  const drawn: number[] = [];
  const looks = new Set<LineLook>(possible ? ['possible'] : []);
  const sources = new Set<number>();
  for (const i of edges) {
    const e = graph.edges[i]!;
    if (!o.affiliations && isAffiliation(e.kind)) continue;
    drawn.push(i);
    for (const l of looksOf(e)) looks.add(l);
    for (const id of e.sources) {
      const s = graph.sourceIndex.get(id);
      if (s !== undefined) sources.add(s);
    }
  }
  return {
    ...kindsInView(graph, drawn, o.hideIdle),
    lineLooks: LINE_LOOKS.filter((l) => looks.has(l)),
    sources: [...sources].sort((a, b) => a - b),
  };
}

/** Interactions overlapping [from, to] that pass `mask` (null: all pass), in order of first day. */
export function edgesOverRange(graph: TielineGraph, index: TimeIndex, mask: Uint8Array | null, from: number, to: number): number[] {
  const out: number[] = [];
  const { byFirst } = index;
  for (let k = 0; k < byFirst.length; k++) {
    const i = byFirst[k]!;
    const e = graph.edges[i]!;
    if (e.first > to) break;
    if (e.last >= from && (!mask || mask[i])) out.push(i);
  }
  return out;
}

/** How many of `edges` are affiliations (offices held, memberships): ties listed, never counted as interactions. */
export function affiliationsAmong(graph: TielineGraph, edges: readonly number[]): number {
  let n = 0;
  for (const i of edges) if (isAffiliation(graph.edges[i]!.kind)) n++;
  return n;
}

/** Edge indices per event number, for the events with more than one edge (`alone[i]` 0). */
export function eventMembers(eventOf: Int32Array, alone: Uint8Array): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let i = 0; i < eventOf.length; i++) {
    if (alone[i]) continue;
    const ev = eventOf[i]!;
    const list = out.get(ev);
    if (list) list.push(i);
    else out.set(ev, [i]);
  }
  return out;
}
