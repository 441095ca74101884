/**
 * Which column is which. Headers are compared loosely (case, spaces,
 * dashes and underscores ignored) against each role's name and common
 * synonyms, so `From`, `Actor 1` or `Start date` are understood.
 */
import type { ColumnRole } from '../importTypes';

/** Lower case with spaces, dashes, dots and underscores removed. */
export function squashHeader(h: string): string {
  return h.trim().toLowerCase().replace(/[\s_.\-]+/g, '');
}

export const EDGE_SYNONYMS: Record<ColumnRole, string[]> = {
  source: ['source', 'from', 'actor1', 'actora', 'initiator', 'sender', 'node1', 'sourceid', 'origin', 'who'],
  target: ['target', 'to', 'actor2', 'actorb', 'counterpart', 'recipient', 'receiver', 'node2', 'targetid', 'with'],
  date: ['date', 'start', 'startdate', 'begin', 'when', 'day', 'time', 'timestamp', 'datetime', 'year', 'from_date', 'fromdate', 'timeset', 'interval', 'timeinterval', 'timestamps'],
  end: ['end', 'enddate', 'until', 'stop', 'to_date', 'todate', 'finish'],
  kind: ['kind', 'type', 'interaction', 'interactiontype', 'category', 'relation', 'event'],
  summary: ['summary', 'description', 'details', 'label', 'what', 'title', 'text', 'notes', 'note'],
  source_url: ['sourceurl', 'url', 'link', 'sourcelink', 'reference', 'citation', 'href'],
};

export const NODE_SYNONYMS = {
  id: ['id', 'nodeid', 'key', 'node'],
  label: ['label', 'name', 'fullname', 'title'],
  kind: ['kind', 'type', 'category'],
  country: ['country', 'nation', 'state'],
} as const;

/** The column for each role by name or synonym; each column serves at most one role. */
export function guessMapping(header: readonly string[], synonyms: Record<string, readonly string[]> = EDGE_SYNONYMS): Record<string, string> {
  const taken = new Set<string>();
  const out: Record<string, string> = {};
  for (const [role, names] of Object.entries(synonyms)) {
    for (const name of names) {
      const col = header.find((h) => !taken.has(h) && squashHeader(h) === name.replace(/_/g, ''));
      if (col !== undefined) {
        out[role] = col;
        taken.add(col);
        break;
      }
    }
  }
  return out;
}

/** True when the header looks like a nodes table (an id or name, and no source/target). */
export function isNodesHeader(header: readonly string[]): boolean {
  const m = guessMapping(header);
  const n = guessMapping(header, NODE_SYNONYMS);
  return (n.id !== undefined || n.label !== undefined) && (m.source === undefined || m.target === undefined);
}

