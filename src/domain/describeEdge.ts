/** Words for an interaction, shared by the details panel, the event log, search and the balance chart. */
import { formatFuzzy } from './dates';
import { ONGOING, type Interaction, type TielineGraph } from './model';

/** "17 Feb 2025", "Mar 2022", "2012", or "Sep 2024 – now" for spans. */
export function edgeDateText(e: Interaction): string {
  if (e.end) return `${formatFuzzy(e.date)} – ${formatFuzzy(e.end)}`;
  if (e.last >= ONGOING) return `${formatFuzzy(e.date)} – now`;
  return formatFuzzy(e.date);
}

/** The parties in words; an arrow only where the direction means something. */
export function edgePartiesText(graph: TielineGraph, e: Interaction): string {
  const s = graph.nodes[e.source]!.label;
  const t = graph.nodes[e.target]!.label;
  return e.directed ? `${s} → ${t}` : `${s} – ${t}`;
}

export { safeHref } from './safeHref';
