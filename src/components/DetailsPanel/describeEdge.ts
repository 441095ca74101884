/** Words for an interaction, shared by the details panel's views. */
import type { Interaction, TielineGraph } from '../../domain/model';

/** Moved to the domain so every view (log, search, chart, captions) can share it; re-exported for the details panel. */
export { edgeDateText, NOT_FROM_SOURCES } from '../../domain/edgeDate';

/** The parties in words; an arrow only where the direction means something. */
export function edgePartiesText(graph: TielineGraph, e: Interaction): string {
  const s = graph.nodes[e.source]!.label;
  const t = graph.nodes[e.target]!.label;
  return e.directed ? `${s} → ${t}` : `${s} – ${t}`;
}

/** Moved to the domain so importers share it; re-exported for the details panel. */
export { safeHref } from '../../domain/safeHref';
