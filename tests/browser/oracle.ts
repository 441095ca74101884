/**
 * An independent count of what the status line should say, straight from
 * data/graph.json: a brute-force scan, not the app's time index.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFuzzyDate } from '../../src/domain/dates';

interface RawEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  date: string;
  end?: string;
  event?: string;
}

const SPAN_KINDS = new Set(['role', 'membership', 'cooperation', 'conflict']);
/** Offices held and memberships: drawn, never counted as interactions. */
const AFFILIATIONS = new Set(['role', 'membership']);

/** Distinct events among the edges, affiliations left out: what "N interactions" counts. */
export function countInteractions(edges: RawEdge[]): number {
  return new Set(edges.filter((e) => !AFFILIATIONS.has(e.kind)).map((e) => e.event ?? e.id)).size;
}

function said(inView: RawEdge[], all: RawEdge[]): string {
  const actors = new Set(inView.flatMap((e) => [e.source, e.target]));
  return `${countInteractions(inView)} of ${countInteractions(all)} interactions · ${actors.size} actors`;
}

function periodOf(e: RawEdge): { first: number; last: number } {
  const first = parseFuzzyDate(e.date)!.first;
  const last = e.end ? parseFuzzyDate(e.end)!.last : SPAN_KINDS.has(e.kind) ? Infinity : parseFuzzyDate(e.date)!.last;
  return { first, last };
}

export function loadShippedEdges(): RawEdge[] {
  const file = resolve(import.meta.dirname, '../../data/graph.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { edges: RawEdge[] }).edges;
}

/** "N of M interactions · K actors" for everything begun up to `iso` (cumulative mode). */
export function expectedCumulative(edges: RawEdge[], iso: string): string {
  const day = parseFuzzyDate(iso)!.first;
  return said(
    edges.filter((e) => parseFuzzyDate(e.date)!.first <= day),
    edges,
  );
}

/** The same for a window [fromIso, toIso]: periods that overlap it (spans without end are ongoing). */
export function expectedWindow(edges: RawEdge[], fromIso: string, toIso: string): string {
  const from = parseFuzzyDate(fromIso)!.first;
  const to = parseFuzzyDate(toIso)!.first;
  return said(
    edges.filter((e) => {
      const p = periodOf(e);
      return p.first <= to && p.last >= from;
    }),
    edges,
  );
}

/** The status line's note for a window: interactions whose imprecise date reaches outside it ('' when none). */
export function expectedPossible(edges: RawEdge[], fromIso: string, toIso: string): string {
  const from = parseFuzzyDate(fromIso)!.first;
  const to = parseFuzzyDate(toIso)!.first;
  const n = countInteractions(
    edges.filter((e) => {
      const p = periodOf(e);
      return !SPAN_KINDS.has(e.kind) && p.first <= to && p.last >= from && (p.first < from || p.last > to);
    }),
  );
  return n > 0 ? ` · ${n} of them possibly outside this window` : '';
}
