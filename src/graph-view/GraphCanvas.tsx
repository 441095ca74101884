/**
 * The graph on screen. Elements are built once per graph; the cy instance is
 * created once per mount (react-cytoscapejs calls `cy` on every render, so the
 * callback is guarded) and handed to `mountCytoscapeView`, which does all
 * further work outside React.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core } from 'cytoscape';
import { useStore } from 'zustand';
import type { TielineGraph } from '../domain/model';
import type { TielineStore } from '../store/createTielineStore';
import { initialLook } from './initialLook';
import { buildElements, hasTallLayout, nodeElementId, storedPosition } from './elements';
import { mountCytoscapeView, type MountedCytoscapeView } from './mountCytoscapeView';
import { matchesNow } from '../screen/mediaQueries';
import { SMALL_WINDOW, TALL_SCREEN, useMediaQuery } from './screenQueries';
import { PRESET_LAYOUT, stylesheetFor } from './stylesheet';
import { useGraphLayout } from './useGraphLayout';

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

export function GraphCanvas({ store, label }: { store: TielineStore; label: string }) {
  const graph = useStore(store, (s) => s.graph);
  const embed = useStore(store, (s) => s.embed);
  const layout = useGraphLayout(graph);
  const mounted = useRef<MountedCytoscapeView | null>(null);
  const live = useRef<HTMLParagraphElement>(null);

  // Built for the state at hand (a snapshot, not a subscription): the view applies whatever changed since.
  const built = useMemo(() => {
    if (!layout) return null;
    const look = initialLook(store.getState());
    const tall = matchesNow(TALL_SCREEN) && hasTallLayout(layout.graph);
    return { elements: buildElements(layout.graph, layout.positions, look, tall, store.getState().embed), look, tall };
  }, [layout, store]);
  const builtRef = useRef(built);
  builtRef.current = built;

  const onCy = useCallback(
    (cy: Core) => {
      if (mounted.current?.cy === cy) return;
      mounted.current?.detach();
      const announce = (text: string) => {
        if (live.current) live.current.textContent = text;
      };
      mounted.current = mountCytoscapeView(cy, store, builtRef.current?.look, announce);
    },
    [store],
  );
  useEffect(
    () => () => {
      mounted.current?.detach();
      mounted.current = null;
    },
    [],
  );

  // Turning the phone (or resizing across the breakpoint) swaps between the wide and the tall layout, then fits.
  const swapLayout = useCallback(
    (tall: boolean) => {
      const cy = mounted.current?.cy;
      if (!cy || !graph || !hasTallLayout(graph)) return;
      cy.batch(() => {
        for (const n of graph.nodes) {
          const p = storedPosition(graph, n.index, tall);
          if (p) cy.getElementById(nodeElementId(n.index)).position({ x: p.x, y: p.y });
        }
      });
      store.getState().requestFit();
    },
    [graph, store],
  );
  const tallScreen = useMediaQuery(TALL_SCREEN, swapLayout);
  const smallWindow = useMediaQuery(SMALL_WINDOW);
  const tallNow = graph !== null && hasTallLayout(graph) ? tallScreen : false;

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
        stylesheet={stylesheetFor(graph?.edges.length ?? 0, tallNow ? 'tall' : embed && smallWindow ? 'embed' : 'wide')}
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
