/**
 * The balance over time: for one actor, how many interactions per quarter it
 * had with each chosen counterpart. A country stands for itself and for its
 * officials and institutions (nodes whose `countryIndex` is that country).
 */
import { dayFromParts, partsFromDay } from './dates';
import { inGroup } from './events';
import type { TielineGraph } from './model';
import { EDGE_KIND_INFO } from './vocabulary';

export interface Quarter {
  year: number;
  /** 1–4. */
  q: number;
  first: number;
  last: number;
}

export interface BalanceRow {
  quarter: Quarter;
  /** Per counterpart (same order as asked): the interaction indices in that quarter. */
  edges: number[][];
}

/** The quarters that overlap [from, to]. */
export function quartersBetween(from: number, to: number): Quarter[] {
  const a = partsFromDay(from);
  const b = partsFromDay(to);
  const out: Quarter[] = [];
  for (let k = a.year * 4 + Math.floor((a.month - 1) / 3); k <= b.year * 4 + Math.floor((b.month - 1) / 3); k++) {
    const year = Math.floor(k / 4);
    const q = (k % 4) + 1;
    out.push({ year, q, first: dayFromParts(year, q * 3 - 2, 1), last: dayFromParts(year, q * 3 + 1, 1) - 1 });
  }
  return out;
}

export { inGroup };

/**
 * Interactions per quarter between `actor` (with its people) and each of
 * `counterparts`, placed by their first day; spans (offices, memberships) are
 * states, not events, and are left out. `mask` (1 = passes) applies filters.
 */
export function quarterlyBalance(
  graph: TielineGraph,
  actor: number,
  counterparts: readonly number[],
  from: number,
  to: number,
  mask?: Uint8Array | null,
): BalanceRow[] {
  const quarters = quartersBetween(from, to);
  const rows: BalanceRow[] = quarters.map((quarter) => ({ quarter, edges: counterparts.map(() => []) }));
  if (quarters.length === 0) return rows;
  const q0 = quarters[0]!;
  const base = q0.year * 4 + q0.q - 1;
  for (const e of graph.edges) {
    if ((mask && !mask[e.index]) || EDGE_KIND_INFO[e.kind].span || e.first < from || e.first > to) continue;
    const p = partsFromDay(e.first);
    const row = rows[p.year * 4 + Math.floor((p.month - 1) / 3) - base];
    if (!row) continue;
    counterparts.forEach((c, k) => {
      const ab = inGroup(graph, e.source, actor) && inGroup(graph, e.target, c);
      const ba = inGroup(graph, e.target, actor) && inGroup(graph, e.source, c);
      if (ab || ba) row.edges[k]!.push(e.index);
    });
  }
  return rows;
}

/** Colours of the counterparts, in order, shared by the chart and exported pictures. */
export const COUNTERPART_COLORS = ['#c23b22', '#1f5fa8', '#2a9d8f', '#8e44ad', '#b8860b', '#555555'];

/** The default comparison: Vietnam with Russia and Ukraine, or the first countries of another graph. */
export function defaultBalanceChoice(graph: TielineGraph): { actor: number; counterparts: number[] } {
  const countries = graph.nodes.filter((n) => n.kind === 'country');
  const actor = graph.nodeIndex.get('vietnam') ?? countries[0]?.index ?? -1;
  const wanted = ['russia', 'ukraine'].map((id) => graph.nodeIndex.get(id)).filter((i): i is number => i !== undefined);
  const counterparts = wanted.length > 0 ? wanted : countries.filter((c) => c.index !== actor).slice(0, 2).map((c) => c.index);
  return { actor, counterparts };
}

/** Quarterly rows summed per year: `counts[k]` is the year's interactions with counterpart k. */
export function yearlyTotals(rows: readonly BalanceRow[]): { year: number; counts: number[] }[] {
  const out: { year: number; counts: number[] }[] = [];
  for (const r of rows) {
    let y = out[out.length - 1];
    if (!y || y.year !== r.quarter.year) out.push((y = { year: r.quarter.year, counts: r.edges.map(() => 0) }));
    r.edges.forEach((list, k) => (y!.counts[k]! += list.length));
  }
  return out;
}
