/** What is in view, in words: "23 of 61 interactions · 18 actors · Mar 2022 – May 2022". */
import { isFiltering } from '../../domain/filters';
import { describeView } from '../../domain/timeView';
import { useTieline } from '../../store/StoreContext';
import { useViewSummary } from '../../store/useViewEdges';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function StatusLine() {
  const graph = useTieline((s) => s.graph);
  const filtering = useTieline((s) => isFiltering(s.filter));
  const day = useTieline((s) => s.day);
  const mode = useTieline((s) => s.mode);
  const windowSize = useTieline((s) => s.window);
  const view = { day, mode, window: windowSize };
  const summary = useViewSummary();
  if (!graph) return null;
  const when = mode === 'cumulative' ? `up to ${describeView(view)}` : describeView(view);
  return (
    <p className="status-line" data-testid="status-line">
      {summary.edges} of {plural(graph.edges.length, 'interaction', 'interactions')} · {plural(summary.actors, 'actor', 'actors')} · {when}
      {filtering ? ' · filtered' : ''}
    </p>
  );
}
