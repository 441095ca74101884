/** The chart's numbers: events per bucket from every interaction that passes the filters (the slider does not cut them), read from the view engine. */
import { useMemo } from 'react';
import type { BalanceBuckets } from '../../domain/balanceBuckets';
import { rangeOf } from '../../store/createTielineStore';
import { useTieline } from '../../store/StoreContext';
import { useView } from '../../store/viewSelectors';

export function useBalance(actor: number, counterparts: number[]): BalanceBuckets {
  const graph = useTieline((s) => s.graph);
  const rangeChoice = useTieline((s) => s.rangeChoice);
  const scope = useTieline((s) => s.balanceScope);
  const range = useMemo(() => rangeOf(graph, rangeChoice), [graph, rangeChoice]);
  return useView((e) => e.balance(actor, counterparts, range.first, range.last, scope));
}
