/**
 * An independent count of what the status line should say, straight from
 * data/graph.json: a brute-force scan, not the app's time index.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDateAsWritten, parseFuzzyDate } from '../../src/domain/dates';

interface RawEdge {
  source: string;
  target: string;
  kind: string;
  date: string;
  end?: string;
  dateClaims?: { date: string }[];
}

/** An edge's own date (decades such as 195x included). */
const edgeDate = (iso: string) => parseDateAsWritten(iso)!;

const SPAN_KINDS = new Set(['role', 'membership', 'cooperation', 'conflict']);

export function loadShippedEdges(): RawEdge[] {
  const file = resolve(import.meta.dirname, '../../data/graph.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { edges: RawEdge[] }).edges;
}

/** "N of M interactions · K actors" for everything begun up to `iso` (cumulative mode). */
export function expectedCumulative(edges: RawEdge[], iso: string): string {
  const day = parseFuzzyDate(iso)!.first;
  const inView = edges.filter((e) => edgeDate(e.date).first <= day);
  const actors = new Set(inView.flatMap((e) => [e.source, e.target]));
  return `${inView.length} of ${edges.length} interactions · ${actors.size} actors`;
}

/** The same for a window [fromIso, toIso]: periods that overlap it (spans without end are ongoing). */
export function expectedWindow(edges: RawEdge[], fromIso: string, toIso: string): string {
  const from = parseFuzzyDate(fromIso)!.first;
  const to = parseFuzzyDate(toIso)!.first;
  const inView = edges.filter((e) => {
    const first = edgeDate(e.date).first;
    // A disputed date counts over all its claims, as in the app's model.
    const claimed = Math.max(edgeDate(e.date).last, ...(e.dateClaims ?? []).map((c) => edgeDate(c.date).last));
    const last = e.end ? edgeDate(e.end).last : SPAN_KINDS.has(e.kind) ? Infinity : claimed;
    return first <= to && last >= from;
  });
  const actors = new Set(inView.flatMap((e) => [e.source, e.target]));
  return `${inView.length} of ${edges.length} interactions · ${actors.size} actors`;
}
