/**
 * An independent count of what the status line should say, straight from
 * data/graph.json: a brute-force scan, not the app's time index.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDateAsWritten, parseFuzzyDate } from '../../src/domain/dates';

interface RawEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  date: string;
  end?: string;
  dateClaims?: { date: string }[];
  event?: string;
}

/** An edge's own date (decades such as 195x included). */
const edgeDate = (iso: string) => parseDateAsWritten(iso)!;

const SPAN_KINDS = new Set(['role', 'membership', 'cooperation', 'conflict']);
/** Offices held, memberships and statistics: drawn, never counted as interactions. */
const NOT_INTERACTIONS = new Set(['role', 'membership', 'statistic']);
/** Offices held and memberships: left out of a picture by default. */
const AFFILIATIONS = new Set(['role', 'membership']);

/** Distinct events among the edges, affiliations and statistics left out: what "N interactions" counts. */
export function countInteractions(edges: RawEdge[]): number {
  return new Set(edges.filter((e) => !NOT_INTERACTIONS.has(e.kind)).map((e) => e.event ?? e.id)).size;
}

function said(inView: RawEdge[], all: RawEdge[]): string {
  const actors = new Set(inView.flatMap((e) => [e.source, e.target]));
  return `${countInteractions(inView)} of ${countInteractions(all)} interactions · ${actors.size} actors`;
}

/** The days an edge counts over; a disputed date counts over all its claims, as in the app's model. */
function periodOf(e: RawEdge): { first: number; last: number } {
  const claims = [e.date, ...(e.dateClaims ?? []).map((c) => c.date)].map(edgeDate);
  const first = Math.min(...claims.map((d) => d.first));
  const last = e.end ? edgeDate(e.end).last : SPAN_KINDS.has(e.kind) ? Infinity : Math.max(...claims.map((d) => d.last));
  return { first, last };
}

/**
 * Publishers of the sources behind the ties a default picture draws in the
 * window [fromIso, toIso] (affiliations are left out of a picture by default).
 */
export function expectedCredit(fromIso: string, toIso: string): string[] {
  const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/graph.json'), 'utf8')) as {
    edges: (RawEdge & { sources: string[] })[];
    sources: { id: string; publisher: string }[];
  };
  const from = parseFuzzyDate(fromIso)!.first;
  const to = parseFuzzyDate(toIso)!.first;
  const cited = new Set(
    file.edges
      .filter((e) => !AFFILIATIONS.has(e.kind))
      .filter((e) => {
        const p = periodOf(e);
        return p.first <= to && p.last >= from;
      })
      .flatMap((e) => e.sources),
  );
  return [...new Set(file.sources.filter((s) => cited.has(s.id)).map((s) => s.publisher))];
}

export function loadShippedEdges(): RawEdge[] {
  const file = resolve(import.meta.dirname, '../../data/graph.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { edges: RawEdge[] }).edges;
}

/** "N of M interactions · K actors" for everything begun up to `iso` (cumulative mode). */
export function expectedCumulative(edges: RawEdge[], iso: string): string {
  const day = parseFuzzyDate(iso)!.first;
  return said(
    edges.filter((e) => periodOf(e).first <= day),
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
