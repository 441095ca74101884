/** Controls over the picture: fit everything in, and how out-of-view things are shown. */
import { useTieline, useTielineStore } from '../../store/StoreContext';

export function GraphToolbar() {
  const store = useTielineStore();
  const hideIdle = useTieline((s) => s.hideIdle);
  const ghostOut = useTieline((s) => s.ghostOut);
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
        <span className="wide-only">Show</span> out-of-view ties faintly
      </label>
    </div>
  );
}
