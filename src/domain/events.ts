/**
 * Events as people count them: edges sharing `Interaction.event` are one
 * event (one meeting with several participants), and affiliations (offices,
 * memberships) are not events at all. Lists and counts of interactions go
 * through here so a three-person meeting is one row and counts once.
 */
import type { Interaction, TielineGraph } from './model';
import { countsAsInteraction, type EdgeStatus } from './vocabulary';
import { shortLabel } from './shortLabel';

/** One event: its edges (those given), its participants and its lead edge. */
export interface EventRow {
  event: string;
  /** Edge indices of the event among those given, in the order given. */
  edges: number[];
  /** The first of `edges`: its date, kind, place and summary stand for the event. */
  lead: number;
  /** Who acted (sources) and with or on whom (targets); an actor on both sides is listed once, as a source. */
  sides: [number[], number[]];
}

/**
 * Groups interaction indices into events, leaving affiliations out. Rows come
 * in the order their first edge appears in `edgeIndices`.
 */
export function groupEvents(graph: TielineGraph, edgeIndices: readonly number[]): EventRow[] {
  const rows: EventRow[] = [];
  const byEvent = new Map<string, EventRow>();
  for (const i of edgeIndices) {
    const e = graph.edges[i]!;
    if (!countsAsInteraction(e.kind)) continue;
    let row = byEvent.get(e.event);
    if (!row) {
      row = { event: e.event, edges: [], lead: i, sides: [[], []] };
      byEvent.set(e.event, row);
      rows.push(row);
    }
    row.edges.push(i);
    const [from, to] = row.sides;
    if (!from.includes(e.source)) from.push(e.source);
    if (!to.includes(e.target)) to.push(e.target);
  }
  for (const row of rows) row.sides[1] = row.sides[1].filter((n) => !row.sides[0].includes(n));
  return rows;
}

/** Every participant of the event, sources first. */
export function participantsOf(row: EventRow): number[] {
  return [...row.sides[0], ...row.sides[1]];
}

/** "Tô Lâm, Lê Hoài Trung, Bùi Thanh Sơn – Volodymyr Zelensky"; an arrow only where the direction means something. */
export function eventPartiesText(graph: TielineGraph, row: EventRow): string {
  const names = (ns: number[]) => ns.map((n) => shortLabel(graph.nodes[n]!.label)).join(', ');
  const [from, to] = row.sides;
  if (to.length === 0) return names(from);
  return `${names(from)} ${graph.edges[row.lead]!.directed ? '→' : '–'} ${names(to)}`;
}

/**
 * Certainty that every view must show: the sources disagree, it was only
 * planned, or part of it (a date, a place) is not from the sources.
 */
export type Certainty = Exclude<EdgeStatus, 'happened'> | 'outside';

export const CERTAINTY_LABEL: Record<Certainty, string> = { disputed: 'Disputed', planned: 'Planned', outside: 'Not from the sources (in part)' };

/** Whether a mark makes the event itself uncertain (hatched in the chart): disputed or planned, not a detail from outside. */
export function isUnsure(c: Certainty): boolean {
  return c !== 'outside';
}

/** The certainty marks of an interaction, for search results, log and chart. */
export function certaintyOf(e: Interaction): Certainty[] {
  const marks: Certainty[] = e.status === 'happened' ? [] : [e.status];
  if (e.outside && e.outside.length > 0) marks.push('outside');
  return marks;
}

/** The certainty marks of an event: any edge's marks count (one disputed pair makes the event disputed). */
export function eventCertainty(graph: TielineGraph, row: EventRow): Certainty[] {
  const out = new Set<Certainty>();
  for (const i of row.edges) for (const c of certaintyOf(graph.edges[i]!)) out.add(c);
  return [...out];
}

/** Whether `node` is `group` or belongs to it (a country's people and institutions). */
export function inGroup(graph: TielineGraph, node: number, group: number): boolean {
  return node === group || (graph.nodes[group]!.kind === 'country' && graph.nodes[node]!.countryIndex === group);
}

/** Whether some edge of the event joins `a` (or its people) with `b` (or its people), either way. */
export function eventBetween(graph: TielineGraph, row: EventRow, a: number, b: number): boolean {
  return row.edges.some((i) => {
    const e = graph.edges[i]!;
    return (inGroup(graph, e.source, a) && inGroup(graph, e.target, b)) || (inGroup(graph, e.target, a) && inGroup(graph, e.source, b));
  });
}

/** Whether `node` (or, for a country, one of its people or institutions) takes part in the event. */
export function eventInvolves(graph: TielineGraph, row: EventRow, node: number): boolean {
  return participantsOf(row).some((p) => inGroup(graph, p, node));
}
