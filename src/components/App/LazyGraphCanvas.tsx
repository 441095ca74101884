/**
 * The graph view in its own chunk: cytoscape (the largest library we ship)
 * for the shipped data and smaller graphs, sigma.js for large ones (see
 * domain/drawingScale.ts), each loaded only when needed. cytoscape's
 * download starts as soon as this module loads, in parallel with the graph
 * file, so splitting it costs no time before the first drawn graph and the
 * app shell, loading state and errors show sooner.
 */
import { useEffect, useState } from 'react';
import type { TielineStore } from '../../store/createTielineStore';
import { useTieline } from '../../store/StoreContext';
import { rendererFor, type RendererName } from '../../domain/drawingScale';

type CanvasComponent = (props: { store: TielineStore; label: string }) => React.ReactNode;

interface Chunk {
  loaded: CanvasComponent | null;
  failure: unknown;
  pending: Promise<void> | null;
}

const chunks: Record<RendererName, Chunk> = {
  cytoscape: { loaded: null, failure: null, pending: null },
  sigma: { loaded: null, failure: null, pending: null },
};
const loaders: Record<RendererName, () => Promise<CanvasComponent>> = {
  cytoscape: () => import('../../graph-view/GraphCanvas').then((m) => m.GraphCanvas),
  sigma: () => import('../../graph-view/sigma/SigmaCanvas').then((m) => m.SigmaCanvas),
};

function load(name: RendererName): Promise<void> {
  const chunk = chunks[name];
  chunk.pending ??= loaders[name]().then(
    (c) => {
      chunk.loaded = c;
    },
    (error: unknown) => {
      chunk.failure = error;
    },
  );
  return chunk.pending;
}
void load('cytoscape');

/**
 * Not React.lazy with Suspense: once a Suspense fallback has shown, React holds
 * the content back for up to 300 ms after it is ready (its fallback throttle),
 * which measured as 230 ms of the first drawn graph. A plain state update
 * draws the graph as soon as the chunk has arrived.
 */
export function LazyGraphCanvas(props: { store: TielineStore; label: string }) {
  const renderer = useTieline((s) => (s.graph ? rendererFor(s.graph) : 'cytoscape'));
  const chunk = chunks[renderer];
  const [, setArrived] = useState(0);
  // What this render showed, not what the chunk is by the time the effect runs: the chunk can arrive
  // between the placeholder's commit and this effect, and then only a new render shows it.
  const shown = chunk.loaded !== null || chunk.failure !== null;
  useEffect(() => {
    if (shown) return;
    let live = true;
    void load(renderer).then(() => {
      if (live) setArrived((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [renderer, shown]);
  // A chunk that failed to load (offline, a new deployment) goes to the error boundary.
  if (chunk.failure) throw chunk.failure;
  if (!chunk.loaded) {
    return (
      <div className="graph-placeholder" role="status">
        Drawing the graph…
      </div>
    );
  }
  const Loaded = chunk.loaded;
  return <Loaded {...props} />;
}
