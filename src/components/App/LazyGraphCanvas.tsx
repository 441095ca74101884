/**
 * The graph view (cytoscape, the largest library we ship) in its own chunk.
 * Its download starts as soon as this module loads, in parallel with the
 * graph file, so splitting it costs no time before the first drawn graph
 * and the app shell, loading state and errors show sooner.
 */
import { lazy, Suspense } from 'react';
import type { TielineStore } from '../../store/createTielineStore';

type GraphCanvasComponent = (typeof import('../../graph-view/GraphCanvas'))['GraphCanvas'];

/** Set once the chunk has arrived: then the component is rendered directly, with no suspension. */
let loaded: GraphCanvasComponent | null = null;
const pending = import('../../graph-view/GraphCanvas').then((m) => {
  loaded = m.GraphCanvas;
  return { default: m.GraphCanvas };
});
const GraphCanvas = lazy(() => pending);

export function LazyGraphCanvas(props: { store: TielineStore; label: string }) {
  // Usually the chunk has arrived before the data has: suspending anyway would make
  // React hold the first drawn graph back by up to 300 ms for no reason.
  if (loaded) {
    const Loaded = loaded;
    return <Loaded {...props} />;
  }
  return (
    <Suspense
      fallback={
        <div className="graph-placeholder" role="status">
          Drawing the graph…
        </div>
      }
    >
      <GraphCanvas {...props} />
    </Suspense>
  );
}
