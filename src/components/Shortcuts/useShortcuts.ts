/**
 * Page-wide keys: `/` focuses the search, `?` opens the shortcuts overlay,
 * J/K step to the previous/next interaction in time (of the selected actor,
 * when one is selected). Keys typed into a field are left alone.
 */
import { useEffect, useRef } from 'react';
import { stepInteraction } from '../../domain/stepping';
import { rangeOf, type TielineStore } from '../../store/createTielineStore';
import { SEARCH_INPUT_ID } from '../SearchBox/SearchBox';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || (el.tagName === 'INPUT' && !['checkbox', 'radio', 'button'].includes((el as HTMLInputElement).type));
}

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

export function useShortcuts(store: TielineStore): void {
  const actorHint = useRef<number | null>(null);
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented || isTyping(ev.target)) return;
      const key = ev.key;
      if (key === '/') {
        ev.preventDefault();
        document.getElementById(SEARCH_INPUT_ID)?.focus();
      } else if (key === '?') {
        ev.preventDefault();
        store.getState().setShortcutsOpen(true);
      } else if (key === 'j' || key === 'J' || key === 'k' || key === 'K') {
        ev.preventDefault();
        stepTo(store, key.toLowerCase() === 'j' ? -1 : 1, actorHint);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
