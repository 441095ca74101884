/**
 * Where a small embed puts each label: the embed draws the wide layout with
 * short names in larger type (EMBED_LABEL), and a few of them no longer fit
 * below their actor; beside or above is often free. Worked out from the
 * stored positions with the same placement as the tall layout's (stored
 * there by `npm run layout`), so it is the same for everyone.
 */
import type { TielineGraph } from '../domain/model';
import { placeLabels } from '../domain/labelPlacement';
import { drawnName } from '../domain/shortLabel';
import type { LabelSide } from '../domain/vocabulary';
import { EMBED_LABEL, NODE_SIZE, labelSize } from './labelMetrics';
import type { Positions } from './elements';

/** Above this many actors or lines the placement (actors × (actors + lines) per pass) is skipped: every label stays below. */
const MAX_PLACED = 300;
const MAX_LINES = 1500;

/** Label sides for a small embed, by actor index; null for a graph too large to place. */
export function embedLabelSides(graph: TielineGraph, positions: Positions): LabelSide[] | null {
  if (graph.nodes.length > MAX_PLACED) return null;
  const nodes = graph.nodes.map((n) => {
    const p = n.position ?? positions.get(n.id) ?? { x: 0, y: 0 };
    const label = labelSize(drawnName(n, true), n.kind, true, EMBED_LABEL);
    return { x: p.x, y: p.y, bodyW: NODE_SIZE[n.kind].w, bodyH: NODE_SIZE[n.kind].h, labelW: label.w, labelH: label.h };
  });
  const seen = new Set<string>();
  const lines: { a: number; b: number }[] = [];
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    const key = e.source < e.target ? `${e.source}-${e.target}` : `${e.target}-${e.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push({ a: e.source, b: e.target });
    if (lines.length > MAX_LINES) return null;
  }
  // Positions cannot move here: keep a wider margin round each label, and take more passes to settle.
  return placeLabels(nodes, lines, 860 / 400, { passes: 10, pad: 9 });
}
