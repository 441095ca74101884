/** The chart's numbers: events per bucket from every interaction that passes the filters (the slider does not cut them). */
import { useMemo } from 'react';
import { balanceBuckets, type BalanceBuckets } from '../../domain/balanceBuckets';
import { maskOf } from '../../store/derived';
import { rangeOf } from '../../store/createTielineStore';
import { useTieline } from '../../store/StoreContext';

const NONE: BalanceBuckets = { rows: [], years: [], unplaced: 0 };

export function useBalance(actor: number, counterparts: number[]): BalanceBuckets {
  const graph = useTieline((s) => s.graph);
  const filter = useTieline((s) => s.filter);
  const rangeChoice = useTieline((s) => s.rangeChoice);
  const scope = useTieline((s) => s.balanceScope);
  return useMemo(() => {
    if (!graph || actor < 0) return NONE;
    const range = rangeOf(graph, rangeChoice);
    const mask = maskOf({ graph, filter });
    const edges = graph.edges.filter((e) => !mask || mask[e.index]).map((e) => e.index);
    return balanceBuckets(graph, edges, actor, counterparts, range.first, range.last, scope);
  }, [graph, filter, rangeChoice, scope, actor, counterparts]);
}
