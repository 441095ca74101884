/**
 * The graph on screen. Elements are built once per graph; the cy instance is
 * created once per mount (react-cytoscapejs calls `cy` on every render, so the
 * callback is guarded) and handed to `attachGraphView`, which does all
 * further work outside React.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core } from 'cytoscape';
import { useStore } from 'zustand';
import type { TielineGraph } from '../domain/model';
import type { TielineStore } from '../store/createTielineStore';
import { attachCamera } from './attachCamera';
import { attachGraphView, type GraphViewHandle } from './attachGraphView';
import { attachKeyboard } from './attachKeyboard';
import { initialLook } from './initialLook';
import { buildElements, hasTallLayout, nodeElementId, storedPosition, type Positions } from './elements';
import { PRESET_LAYOUT, stylesheetFor } from './stylesheet';
import { markPainted } from './markPainted';
import './testHook';

const NO_POSITIONS: Positions = new Map();
/** A new graph gets a new cy instance (and a fresh attach), never a patch of the old one. */
const graphKeys = new WeakMap<TielineGraph, number>();
let nextGraphKey = 1;
function keyOf(graph: TielineGraph): number {
  let key = graphKeys.get(graph);
  if (key === undefined) graphKeys.set(graph, (key = nextGraphKey++));
  return key;
}
/** Elements are compared by identity: the same array means nothing to patch. */
const identityDiff = (a: unknown, b: unknown) => a !== b;
const CANVAS_STYLE = { width: '100%', height: '100%' } as const;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** A phone held upright: the graph uses the file's layout for tall screens, when it has one. */
const TALL_SCREEN = '(orientation: portrait) and (max-width: 720px)';
function isTallScreen(): boolean {
  return typeof matchMedia === 'function' && matchMedia(TALL_SCREEN).matches;
}

/** An iframe smaller than a desktop window draws short names, larger (the full names are in tooltips and the link it opens). */
const SMALL_WINDOW = '(max-width: 1199px), (max-height: 699px)';
function isSmallWindow(): boolean {
  return typeof matchMedia === 'function' && matchMedia(SMALL_WINDOW).matches;
}

function hasAllPositions(graph: TielineGraph): boolean {
  return graph.nodes.every((n) => n.position !== undefined);
}

export function GraphCanvas({ store, label }: { store: TielineStore; label: string }) {
  const graph = useStore(store, (s) => s.graph);
  const [layout, setLayout] = useState<{ graph: TielineGraph; positions: Positions } | null>(null);
  const handle = useRef<{ cy: Core; view: GraphViewHandle; detachCamera: () => void; detachKeyboard: () => void } | null>(null);
  const live = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!graph) return;
    if (hasAllPositions(graph)) {
      setLayout({ graph, positions: NO_POSITIONS });
      return;
    }
    // A graph without stored positions (one set in by hand): laid out off the main thread, as imports are.
    const abort = new AbortController();
    void import('./layoutInBackground')
      .then(({ layoutInBackground }) => layoutInBackground(graph, abort.signal))
      .then(
        ({ positions }) => setLayout({ graph, positions }),
        async (err: unknown) => {
          if (abort.signal.aborted) return;
          // The worker failed: a grid by connected group still shows every actor.
          console.warn('Layout failed; drawing a grid instead.', err);
          const { gridLayout } = await import('./gridLayout');
          setLayout({ graph, positions: gridLayout(graph) });
        },
      );
    return () => abort.abort();
  }, [graph]);

  // Built for the state at hand (a snapshot, not a subscription): attachGraphView applies whatever changed since.
  const built = useMemo(() => {
    if (!layout || layout.graph !== graph) return null;
    const look = initialLook(store.getState());
    const tall = isTallScreen() && hasTallLayout(layout.graph);
    return { elements: buildElements(layout.graph, layout.positions, look, tall, store.getState().embed), look, tall };
  }, [layout, graph, store]);
  const builtRef = useRef(built);
  builtRef.current = built;

  const onCy = useCallback(
    (cy: Core) => {
      if (handle.current?.cy === cy) return;
      handle.current?.view.detach();
      handle.current?.detachCamera();
      handle.current?.detachKeyboard();
      const view = attachGraphView(cy, store, { reducedMotion: prefersReducedMotion, built: builtRef.current?.look });
      // The element that takes the keyboard is the one around cytoscape's own container.
      const focusable = cy.container()?.closest<HTMLElement>('.graph-canvas');
      const graphNow = store.getState().graph;
      const announce = (text: string) => {
        if (live.current) live.current.textContent = text;
      };
      const detachKeyboard = focusable && graphNow ? attachKeyboard(cy, graphNow, store, focusable, announce) : () => {};
      handle.current = { cy, view, detachCamera: attachCamera(cy, store), detachKeyboard };
      store.getState().setCanvas(cy);
      window.__tieline = { cy, view };
      markPainted(store, store.getState().graph);
    },
    [store],
  );

  // Turning the phone (or resizing across the breakpoint) swaps between the wide and the tall layout, then fits.
  const [tallNow, setTallNow] = useState(isTallScreen);
  const embed = useStore(store, (s) => s.embed);
  const [smallWindow, setSmallWindow] = useState(isSmallWindow);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(SMALL_WINDOW);
    const onChange = () => setSmallWindow(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const smallEmbed = embed && smallWindow;
  useEffect(() => setTallNow(built?.tall ?? false), [built]);
  useEffect(() => {
    if (typeof matchMedia !== 'function' || !graph || !hasTallLayout(graph)) return;
    const query = matchMedia(TALL_SCREEN);
    const onChange = () => {
      const cy = handle.current?.cy;
      if (!cy) return;
      cy.batch(() => {
        for (const n of graph.nodes) {
          const p = storedPosition(graph, n.index, query.matches);
          if (p) cy.getElementById(nodeElementId(n.index)).position({ x: p.x, y: p.y });
        }
      });
      setTallNow(query.matches);
      store.getState().requestFit();
    };
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [graph, store]);

  useEffect(
    () => () => {
      const mounted = handle.current;
      mounted?.view.detach();
      mounted?.detachCamera();
      mounted?.detachKeyboard();
      if (mounted && store.getState().canvas === mounted.cy) store.getState().setCanvas(null);
      if (mounted && window.__tieline?.cy === mounted.cy) delete window.__tieline;
      handle.current = null;
    },
    [store],
  );

  if (!built) {
    return (
      <div className="graph-placeholder" role="status">
        Laying out the graph…
      </div>
    );
  }
  return (
    <div
      id="graph-canvas" // the skip link's target (SkipLinks.tsx)
      className="graph-canvas"
      role="application"
      aria-roledescription="graph"
      aria-label={label}
      aria-describedby="graph-canvas-keys"
      tabIndex={0}
    >
      <p id="graph-canvas-keys" hidden>
        Arrow keys move between actors and select them; Enter and Shift+Enter walk the selected actor’s ties.
      </p>
      <p className="visually-hidden" aria-live="polite" ref={live} />
      <CytoscapeComponent
        key={graph ? keyOf(graph) : 0}
        elements={built.elements}
        stylesheet={stylesheetFor(graph?.edges.length ?? 0, tallNow ? 'tall' : smallEmbed ? 'embed' : 'wide')}
        layout={PRESET_LAYOUT}
        cy={onCy}
        diff={identityDiff}
        style={CANVAS_STYLE}
        minZoom={0.05}
        maxZoom={4}
        boxSelectionEnabled={false}
        autounselectify
        autoungrabify
      />
    </div>
  );
}
