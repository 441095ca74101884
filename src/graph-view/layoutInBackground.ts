/**
 * Lays out a graph that carries no positions, without freezing the page:
 * fcose in a Web Worker (cancellable), or a cheap grid for very large graphs.
 * Where no Worker exists (tests in jsdom), fcose runs on the main thread.
 */
import type { TielineGraph } from '../domain/model';
import type { Positions } from './elements';
import { pairsOf } from '../domain/pairs';
import { gridLayout } from './gridLayout';

/**
 * Above this many actors fcose takes minutes in a tab (measured here: 300 actors
 * and 1,000 ties 20 s on 2 busy cores, 2,000 actors over 6 minutes): a grid by
 * component is used instead, so "Laying out…" never lasts minutes.
 */
export const FORCE_LAYOUT_MAX_NODES = 1_500;
/** Likewise above this many distinct pairs of actors (a dense graph of few actors). */
export const FORCE_LAYOUT_MAX_PAIRS = 10_000;

export interface LayoutOutcome {
  positions: Positions;
  method: 'force' | 'grid';
}

/** Rejects with an AbortError when `signal` aborts; the worker is stopped at once. */
export async function layoutInBackground(graph: TielineGraph, signal: AbortSignal): Promise<LayoutOutcome> {
  if (graph.nodes.length > FORCE_LAYOUT_MAX_NODES || pairsOf(graph).pairCount > FORCE_LAYOUT_MAX_PAIRS) return { positions: gridLayout(graph), method: 'grid' };
  if (typeof Worker === 'undefined') {
    const { computeLayout } = await import('./computeLayout');
    return { positions: computeLayout(graph), method: 'force' };
  }
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  try {
    const positions = await new Promise<Positions>((resolve, reject) => {
      const abort = () => reject(new DOMException('The layout was cancelled', 'AbortError'));
      if (signal.aborted) abort();
      signal.addEventListener('abort', abort, { once: true });
      worker.onmessage = (event: MessageEvent<{ ok: true; positions: [string, { x: number; y: number }][] } | { ok: false; message: string }>) => {
        if (event.data.ok) resolve(new Map(event.data.positions));
        else reject(new Error(event.data.message));
      };
      worker.onerror = (event) => reject(new Error(event.message || 'the layout worker failed'));
      worker.postMessage(graph);
    });
    return { positions, method: 'force' };
  } finally {
    worker.terminate();
  }
}
