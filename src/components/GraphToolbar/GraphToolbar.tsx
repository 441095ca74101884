/** Controls over the picture: zoom and fit, and how out-of-view things are shown. */
import { MAX_PARALLEL_EDGES } from '../../domain/pairs';
import { rendererFor } from '../../domain/drawingScale';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { ZoomControls } from '../ZoomControls/ZoomControls';

/** `zoom`: + and − here too (on a phone, where the toolbar sits in the More menu; on a desktop they are on the graph). */
export function GraphToolbar({ zoom = false }: { zoom?: boolean }) {
  const store = useTielineStore();
  const hideIdle = useTieline((s) => s.hideIdle);
  const ghostOut = useTieline((s) => s.ghostOut);
  const aggregate = useTieline((s) => s.aggregateEdges);
  const sized = useTieline((s) => s.sizeByActivity);
  // A large graph (sigma) draws a pair's ties over each other and merges pairs of very many always; it has no per-pair lines to merge the rest into.
  const large = useTieline((s) => s.graph !== null && rendererFor(s.graph) === 'sigma');
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph view">
      <button type="button" onClick={() => store.getState().requestFit()} title="Fit the whole graph in view">
        Fit
      </button>
      {zoom && <ZoomControls />}
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
      {large ? (
        <label title={`On a graph this large, pairs with more than ${MAX_PARALLEL_EDGES} interactions are always one line and the others' lines lie over each other`}>
          <input type="checkbox" checked={false} disabled aria-describedby="merge-why" />
          Merge repeats <span id="merge-why" className="graph-toolbar__why">(not on large graphs)</span>
        </label>
      ) : (
        <label title="Draw repeated interactions between the same pair as one line whose width shows the count">
          <input type="checkbox" checked={aggregate} onChange={(e) => store.getState().setAggregateEdges(e.target.checked)} />
          Merge repeats
        </label>
      )}
      <label title="Size each actor by its number of interactions in view">
        <input type="checkbox" checked={sized} onChange={(e) => store.getState().setSizeByActivity(e.target.checked)} />
        Size by activity
      </label>
    </div>
  );
}
