/** Words for an interaction, shared by the details panel, the event log, search and the balance chart. */
import type { Interaction, TielineGraph } from './model';
import { shortLabel } from './shortLabel';

/** Dates as written (precision, qualifiers, outside facts) live in edgeDate; re-exported for the views that read both. */
export { edgeDateText, NOT_FROM_SOURCES } from './edgeDate';

/** The parties in words; an arrow only where the direction means something. `maxLabel` shortens each name (see shortLabel) where a list must stay one row. */
export function edgePartiesText(graph: TielineGraph, e: Interaction, maxLabel = Infinity): string {
  const s = shortLabel(graph.nodes[e.source]!.label, maxLabel);
  const t = shortLabel(graph.nodes[e.target]!.label, maxLabel);
  return e.directed ? `${s} → ${t}` : `${s} – ${t}`;
}

export { safeHref } from './safeHref';
