/** What is in view, in words: "23 of 61 interactions · 18 actors · Mar 2022 – May 2022". */
import { isFiltering } from '../../domain/filters';
import { plural } from '../../domain/plural';
import { describeView } from '../../domain/timeView';
import { useTieline } from '../../store/StoreContext';
import { useView } from '../../store/viewSelectors';

export function StatusLine() {
  const hasGraph = useTieline((s) => s.graph !== null);
  const filtering = useTieline((s) => isFiltering(s.filter));
  const day = useTieline((s) => s.day);
  const mode = useTieline((s) => s.mode);
  const windowSize = useTieline((s) => s.window);
  const interactions = useView((e) => e.interactions);
  const possible = useView((e) => e.possibleInteractions);
  const total = useView((e) => e.totalInteractions);
  const actors = useView((e) => e.actors);
  if (!hasGraph) return null;
  const view = { day, mode, window: windowSize };
  const when = mode === 'cumulative' ? `up to ${describeView(view)}` : describeView(view);
  return (
    <p className="status-line" data-testid="status-line">
      {interactions} of {plural(total, 'interaction')} · {plural(actors, 'actor')} · {when}
      {possible > 0 ? ` · ${possible} of them possibly outside this window` : ''}
      {filtering ? ' · filtered' : ''}
    </p>
  );
}
