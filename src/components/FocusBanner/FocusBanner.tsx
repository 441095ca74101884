/** Says over the graph when a focus or a path query narrows the picture, with a way back. */
import { useTieline, useTielineStore } from '../../store/StoreContext';

export function FocusBanner() {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph);
  const focus = useTieline((s) => s.focus);
  const pathQuery = useTieline((s) => s.pathQuery);
  if (!graph || (!focus && !pathQuery)) return null;
  const name = (i: number) => graph.nodes[i]?.label ?? '?';
  return (
    <div className="focus-banner" role="status">
      {focus && (
        <p>
          Only {name(focus.node)} and neighbours within {focus.depth} step{focus.depth === 1 ? '' : 's'}.{' '}
          <button type="button" onClick={() => store.getState().setFocus(null)}>
            Show everyone
          </button>
        </p>
      )}
      {pathQuery && (
        <p>
          Shortest paths {name(pathQuery.from)} → {name(pathQuery.to)}.{' '}
          <button type="button" onClick={() => store.getState().setPathQuery(null)}>
            Clear
          </button>
        </p>
      )}
    </div>
  );
}
