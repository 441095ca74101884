/** What is in view, in words: "23 of 61 interactions · 18 actors · Mar 2022 – May 2022". */
import { useMemo } from 'react';
import { boundsOf, describeView } from '../../domain/timeView';
import { summarizeView } from '../../domain/viewSummary';
import { useTieline } from '../../store/StoreContext';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function StatusLine() {
  const graph = useTieline((s) => s.graph);
  const index = useTieline((s) => s.timeIndex);
  const day = useTieline((s) => s.day);
  const mode = useTieline((s) => s.mode);
  const windowSize = useTieline((s) => s.window);
  const view = useMemo(() => ({ day, mode, window: windowSize }), [day, mode, windowSize]);
  const summary = useMemo(() => (graph && index ? summarizeView(graph, index, boundsOf(view)) : null), [graph, index, view]);
  if (!graph || !summary) return null;
  const when = mode === 'cumulative' ? `up to ${describeView(view)}` : describeView(view);
  return (
    <p className="status-line" data-testid="status-line">
      {summary.edges} of {plural(graph.edges.length, 'interaction', 'interactions')} · {plural(summary.actors, 'actor', 'actors')} · {when}
    </p>
  );
}
