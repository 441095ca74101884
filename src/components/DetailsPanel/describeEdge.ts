/** Words for an interaction, shared by the details panel's views. */
import type { Interaction, TielineGraph } from '../../domain/model';
import { shortLabel } from '../../domain/shortLabel';

/** Moved to the domain so every view (log, search, chart, captions) can share it; re-exported for the details panel. */
export { edgeDateText, NOT_FROM_SOURCES } from '../../domain/edgeDate';

/** The parties in words; an arrow only where the direction means something. `maxLabel` shortens each name (see shortLabel) where a list must stay one row. */
/** `maxLabel` shortens each party's name (see shortLabel) where a list must stay one row. */
export function edgePartiesText(graph: TielineGraph, e: Interaction, maxLabel = Infinity): string {
  const s = shortLabel(graph.nodes[e.source]!.label, maxLabel);
  const t = shortLabel(graph.nodes[e.target]!.label, maxLabel);
  return e.directed ? `${s} → ${t}` : `${s} – ${t}`;
}

/** Moved to the domain so importers share it; re-exported for the details panel. */
export { safeHref } from '../../domain/safeHref';
