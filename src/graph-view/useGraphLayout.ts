/**
 * Positions for a graph's actors. A file with stored positions (the shipped
 * graph, every import) is drawn as it is; a graph set in by hand without them
 * is laid out off the main thread, as imports are, and a grid by connected
 * group stands in if the worker fails, so every actor still shows.
 */
import { useEffect, useState } from 'react';
import type { TielineGraph } from '../domain/model';
import type { Positions } from './elements';

const NO_POSITIONS: Positions = new Map();

function hasAllPositions(graph: TielineGraph): boolean {
  return graph.nodes.every((n) => n.position !== undefined);
}

/** The layout for `graph` once known (null while a layout runs); positions are empty when the file has them all. */
export function useGraphLayout(graph: TielineGraph | null): { graph: TielineGraph; positions: Positions } | null {
  const [layout, setLayout] = useState<{ graph: TielineGraph; positions: Positions } | null>(null);
  useEffect(() => {
    if (!graph) return;
    if (hasAllPositions(graph)) {
      setLayout({ graph, positions: NO_POSITIONS });
      return;
    }
    const abort = new AbortController();
    void import('./layoutInBackground')
      .then(({ layoutInBackground }) => layoutInBackground(graph, abort.signal))
      .then(
        ({ positions }) => setLayout({ graph, positions }),
        async (err: unknown) => {
          if (abort.signal.aborted) return;
          console.warn('Layout failed; drawing a grid instead.', err);
          const { gridLayout } = await import('./gridLayout');
          setLayout({ graph, positions: gridLayout(graph) });
        },
      );
    return () => abort.abort();
  }, [graph]);
  return layout && layout.graph === graph ? layout : null;
}
