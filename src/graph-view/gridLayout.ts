/**
 * A cheap, deterministic layout for graphs too large for fcose in a browser
 * tab: each connected component gets a block, largest first, and within a
 * block actors sit on a grid grouped by country, then by name.
 */
import type { TielineGraph } from '../domain/model';
import type { Positions } from './elements';

const SPACING = 90;

function components(graph: TielineGraph): number[][] {
  const parent = graph.nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const e of graph.edges) parent[find(e.source)] = find(e.target);
  const groups = new Map<number, number[]>();
  graph.nodes.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/** Positions for every node, without any force simulation (linear time after sorting). */
export function gridLayout(graph: TielineGraph): Positions {
  const out = new Map<string, { x: number; y: number }>();
  const total = graph.nodes.length;
  const rowWidth = Math.ceil(Math.sqrt(total) * 1.6) * SPACING;
  let x0 = 0;
  let y0 = 0;
  let rowHeight = 0;
  for (const group of components(graph)) {
    const sorted = [...group].sort((a, b) => {
      const na = graph.nodes[a]!;
      const nb = graph.nodes[b]!;
      return na.countryIndex - nb.countryIndex || na.label.localeCompare(nb.label) || a - b;
    });
    const cols = Math.max(1, Math.ceil(Math.sqrt(sorted.length * 1.6)));
    const width = cols * SPACING;
    const height = Math.ceil(sorted.length / cols) * SPACING;
    if (x0 > 0 && x0 + width > rowWidth) {
      x0 = 0;
      y0 += rowHeight + SPACING;
      rowHeight = 0;
    }
    sorted.forEach((i, k) => out.set(graph.nodes[i]!.id, { x: x0 + (k % cols) * SPACING, y: y0 + Math.floor(k / cols) * SPACING }));
    x0 += width + SPACING;
    rowHeight = Math.max(rowHeight, height);
  }
  return out;
}
