/** J/K: move the date and the selection to the previous or next interaction. */
import { stepInteraction } from '../../domain/stepping';
import { rangeOf, type TielineStore } from '../../store/createTielineStore';

/** Steps the store to the previous (-1) or next (1) interaction; returns whether it moved. */
export function stepTo(store: TielineStore, direction: 1 | -1, actorHint: { current: number | null }): boolean {
  const s = store.getState();
  const { graph, timeIndex } = s;
  if (!graph || !timeIndex) return false;
  const sel = s.selection;
  let actor: number | undefined;
  let fromEdge: number | undefined;
  if (sel?.kind === 'node') actor = graph.nodeIndex.get(sel.id);
  if (sel?.kind === 'edge') {
    fromEdge = graph.edgeIndex.get(sel.id);
    const e = fromEdge === undefined ? undefined : graph.edges[fromEdge];
    // Keep following the actor we were stepping through while its interactions are selected.
    if (e && actorHint.current !== null && (e.source === actorHint.current || e.target === actorHint.current)) actor = actorHint.current;
  }
  const next = stepInteraction(graph, timeIndex, { fromEdge, day: s.day, direction, actor, mask: s.engine.filterMask, range: rangeOf(graph, s.rangeChoice) });
  if (next === null) return false;
  actorHint.current = actor ?? null;
  const e = graph.edges[next]!;
  s.setDay(e.first);
  s.select({ kind: 'edge', id: e.id });
  return true;
}
