/** Controls over the picture: fit everything in, and how out-of-view things are shown. */
import { useTieline, useTielineStore } from '../../store/StoreContext';

export function GraphToolbar() {
  const store = useTielineStore();
  const hideIdle = useTieline((s) => s.hideIdle);
  const ghostOut = useTieline((s) => s.ghostOut);
  const aggregate = useTieline((s) => s.aggregateEdges);
  const sized = useTieline((s) => s.sizeByActivity);
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph view">
      <button type="button" onClick={() => store.getState().requestFit()} title="Fit the whole graph in view">
        Fit
      </button>
      <label>
        <input type="checkbox" checked={hideIdle} onChange={(e) => store.getState().setHideIdle(e.target.checked)} />
        Hide inactive <span className="wide-only">actors</span>
      </label>
      <label>
        <input type="checkbox" checked={ghostOut} onChange={(e) => store.getState().setGhostOut(e.target.checked)} />
        {/* On a phone the whole label reads differently, shorter: "…ties faintly" alone was not a phrase. */}
        <span className="wide-only">Show out-of-view ties faintly</span>
        <span className="narrow-only">Faint out-of-view ties</span>
      </label>
      <label title="Draw repeated interactions between the same pair as one line whose width shows the count">
        <input type="checkbox" checked={aggregate} onChange={(e) => store.getState().setAggregateEdges(e.target.checked)} />
        Merge repeats
      </label>
      <label title="Size each actor by its number of interactions in view">
        <input type="checkbox" checked={sized} onChange={(e) => store.getState().setSizeByActivity(e.target.checked)} />
        Size by activity
      </label>
    </div>
  );
}
