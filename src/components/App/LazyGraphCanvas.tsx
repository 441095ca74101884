/**
 * The graph view (cytoscape, the largest library we ship) in its own chunk.
 * Its download starts as soon as this module loads, in parallel with the
 * graph file, so splitting it costs no time before the first drawn graph
 * and the app shell, loading state and errors show sooner.
 */
import { lazy, Suspense } from 'react';
import type { TielineStore } from '../../store/createTielineStore';

const loadGraphCanvas = () => import('../../graph-view/GraphCanvas').then((m) => ({ default: m.GraphCanvas }));
const pending = loadGraphCanvas();
const GraphCanvas = lazy(() => pending);

export function LazyGraphCanvas(props: { store: TielineStore; label: string }) {
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
