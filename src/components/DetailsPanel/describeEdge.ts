/** Words for an interaction, shared by the details panel's views. */
import { formatFuzzy } from '../../domain/dates';
import type { Interaction, TielineGraph } from '../../domain/model';
import { shortLabel } from '../../domain/shortLabel';

/** "17 Feb 2025", "Mar 2022", "2012", or "Sep 2024 – now" for spans. */
export function edgeDateText(e: Interaction): string {
  if (e.end) return `${formatFuzzy(e.date)} – ${formatFuzzy(e.end)}`;
  if (e.last > 9_000_000) return `${formatFuzzy(e.date)} – now`;
  return formatFuzzy(e.date);
}

/** The parties in words; an arrow only where the direction means something. `maxLabel` shortens each name (see shortLabel) where a list must stay one row. */
/** `maxLabel` shortens each party's name (see shortLabel) where a list must stay one row. */
export function edgePartiesText(graph: TielineGraph, e: Interaction, maxLabel = Infinity): string {
  const s = shortLabel(graph.nodes[e.source]!.label, maxLabel);
  const t = shortLabel(graph.nodes[e.target]!.label, maxLabel);
  return e.directed ? `${s} → ${t}` : `${s} – ${t}`;
}

/** Moved to the domain so importers share it; re-exported for the details panel. */
export { safeHref } from '../../domain/safeHref';
