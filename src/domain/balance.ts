/**
 * The balance chart's choices: which actor is compared with which
 * counterparts by default, and the counterparts' colours. The counting itself
 * is `balanceBuckets` (events per quarter, year-only facts in their own column).
 */
import type { TielineGraph } from './model';

export const COUNTERPART_COLORS = ['#c23b22', '#1f5fa8', '#2a9d8f', '#8e44ad', '#b8860b', '#555555'];

/** The default comparison: Vietnam with Russia and Ukraine, or the first countries of another graph. */
export function defaultBalanceChoice(graph: TielineGraph): { actor: number; counterparts: number[] } {
  const countries = graph.nodes.filter((n) => n.kind === 'country');
  const actor = graph.nodeIndex.get('vietnam') ?? countries[0]?.index ?? -1;
  const wanted = ['russia', 'ukraine'].map((id) => graph.nodeIndex.get(id)).filter((i): i is number => i !== undefined);
  const counterparts = wanted.length > 0 ? wanted : countries.filter((c) => c.index !== actor).slice(0, 2).map((c) => c.index);
  return { actor, counterparts };
}
