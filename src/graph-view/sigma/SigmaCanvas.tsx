/**
 * The graph on screen for large graphs, drawn by sigma.js (WebGL): loaded as
 * its own chunk only when a graph reaches SIGMA_MIN_EDGES. The graphology
 * graph is built in chunks (the page keeps answering, progress shows), then
 * attachSigmaView draws it and applies the view engine's records. One view
 * per mount and graph; the effect's cleanup cancels a build under way and
 * kills the renderer, so StrictMode's second mount starts clean.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { TielineStore } from '../../store/createTielineStore';
import { markPainted } from '../markPainted';
import { prefersReducedMotion } from '../../screen/mediaQueries';
import { drawnLineCount, MAX_PICKABLE_EDGES, SIGMA_MIN_EDGES } from '../../domain/drawingScale';
import { setSigmaHook, sigmaHookOf } from '../testHook';
import { attachSigmaView } from './attachSigmaView';
import { buildSigmaGraph, type SigmaGraph } from './buildSigmaGraph';
import { uncertainNote, unstyledUncertain } from './uncertainNote';
import { lineScaleFor } from './sigmaLooks';
import './SigmaCanvas.css';

export function SigmaCanvas({ store, label }: { store: TielineStore; label: string }) {
  const graph = useStore(store, (s) => s.graph);
  const container = useRef<HTMLDivElement>(null);
  const [progress, setProgress] = useState<number | null>(0);
  const [uncertain, setUncertain] = useState<SigmaGraph['uncertain'] | null>(null);
  const live = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const el = container.current;
    if (!graph || !el) return;
    const abort = new AbortController();
    let detach = () => {};
    setProgress(0);
    void (async () => {
      if (!graph.nodes.every((n) => n.position)) {
        // A graph set in by hand without positions: laid out off the main thread, as imports are.
        const { layoutInBackground } = await import('../layoutInBackground');
        const { positions } = await layoutInBackground(graph, abort.signal);
        for (const n of graph.nodes) n.position ??= positions.get(n.id) ?? { x: 0, y: 0 };
      }
      const s = store.getState();
      // Building the graphology graph is the first half of the progress, sigma's indexing and drawing the second.
      const built = await buildSigmaGraph(graph, s.engine, { ghostOut: s.ghostOut, hideIdle: s.hideIdle, lineScale: lineScaleFor(graph.edges.length) }, abort.signal, (p) => setProgress(p / 2));
      if (abort.signal.aborted || store.getState().graph !== graph) return;
      const announce = (text: string) => {
        if (live.current) live.current.textContent = text;
      };
      const view = attachSigmaView(el, built, store, prefersReducedMotion, announce);
      setSigmaHook({ renderer: 'sigma', sigma: view });
      detach = () => {
        view.detach();
        if (sigmaHookOf(window) === view) delete window.__tieline;
      };
      await view.firstDraw(abort.signal, (p) => setProgress(0.5 + p / 2));
      if (abort.signal.aborted) return;
      setProgress(null);
      setUncertain(unstyledUncertain(graph, built));
      markPainted(store, graph);
    })().catch((err: unknown) => {
      if (!abort.signal.aborted) console.warn('The large graph could not be drawn.', err);
    });
    return () => {
      abort.abort();
      detach();
    };
  }, [graph, store]);

  return (
    <div
      id="graph-canvas" // the skip link's target (SkipLinks.tsx)
      className="graph-canvas graph-canvas--sigma"
      role="application"
      aria-roledescription="graph"
      aria-label={label}
      aria-describedby="graph-canvas-keys"
      tabIndex={0}
      data-renderer="sigma"
    >
      <p id="graph-canvas-keys" hidden>
        Arrow keys move between actors and select them; Enter and Shift+Enter walk the selected actor’s ties.
      </p>
      <p className="visually-hidden" aria-live="polite" ref={live} />
      <div className="sigma-canvas__stage" ref={container} />
      {progress !== null && (
        <p className="sigma-canvas__progress" role="status">
          Drawing the graph… {Math.round(progress * 100)}%
        </p>
      )}
      <p className="sigma-canvas__note">
        Large graph: drawn fast (WebGL); picture exports need a graph of under {SIGMA_MIN_EDGES.toLocaleString('en')} lines.
        {graph && drawnLineCount(graph) > MAX_PICKABLE_EDGES && ' Plain lines are 1 px and not tappable: reach an actor’s ties from its details.'}
        {uncertain && uncertainNote(uncertain)}
      </p>
    </div>
  );
}
