/**
 * The graph view (cytoscape, the largest library we ship) in its own chunk.
 * Its download starts as soon as this module loads, in parallel with the
 * graph file, so splitting it costs no time before the first drawn graph
 * and the app shell, loading state and errors show sooner.
 */
import { useEffect, useState } from 'react';
import type { TielineStore } from '../../store/createTielineStore';

type GraphCanvasComponent = (typeof import('../../graph-view/GraphCanvas'))['GraphCanvas'];

let loaded: GraphCanvasComponent | null = null;
let failure: unknown = null;
const pending: Promise<void> = import('../../graph-view/GraphCanvas').then(
  (m) => {
    loaded = m.GraphCanvas;
  },
  (error: unknown) => {
    failure = error;
  },
);

/**
 * Not React.lazy with Suspense: once a Suspense fallback has shown, React holds
 * the content back for up to 300 ms after it is ready (its fallback throttle),
 * which measured as 230 ms of the first drawn graph. A plain state update
 * draws the graph as soon as the chunk has arrived.
 */
export function LazyGraphCanvas(props: { store: TielineStore; label: string }) {
  const [, setArrived] = useState(loaded !== null);
  useEffect(() => {
    if (loaded || failure) return;
    let live = true;
    void pending.then(() => {
      if (live) setArrived(true);
    });
    return () => {
      live = false;
    };
  }, []);
  // A chunk that failed to load (offline, a new deployment) goes to the error boundary.
  if (failure) throw failure;
  if (!loaded) {
    return (
      <div className="graph-placeholder" role="status">
        Drawing the graph…
      </div>
    );
  }
  const Loaded = loaded;
  return <Loaded {...props} />;
}
