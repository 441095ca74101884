/**
 * What is in the frame: the first fit (at a readable zoom on a phone), the
 * canvas following its container's size, and the person's requests to fit
 * everything, centre an actor, or show a path.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { TielineState, TielineStore } from '../store/createTielineStore';
import { hasTallLayout } from './elements';

const FIT_PADDING = 28;
const MIN_READABLE_ZOOM = 0.7;

/**
 * Call once per cy instance, after attachGraphView has subscribed (a path
 * is framed after it has been marked); returns a detach function.
 */
export function attachFraming(cy: Core, store: TielineStore, nodeEls: readonly NodeSingular[], reducedMotion?: () => boolean): () => void {
  const container = cy.container();
  const glide = (fit: { eles: ReturnType<Core['nodes']>; padding: number }, duration: number) => {
    if (reducedMotion?.()) cy.fit(fit.eles, fit.padding);
    else cy.animate({ fit, duration, easing: 'ease-out-cubic' });
  };

  const fit = (s: TielineState) => {
    cy.resize(); // the container may have just changed size (clean view, details panel); cytoscape notices late
    glide({ eles: cy.nodes(s.hideIdle ? ':visible' : undefined), padding: FIT_PADDING }, 300);
  };

  const center = (s: TielineState) => {
    const el = s.centerRequest ? nodeEls[s.centerRequest.node] : undefined;
    if (!el) return;
    const zoom = Math.max(cy.zoom(), 1);
    if (reducedMotion?.()) {
      cy.zoom(zoom);
      cy.center(el);
    } else cy.animate({ center: { eles: el }, zoom, duration: 350, easing: 'ease-out-cubic' });
  };

  /** Brings the actors on the shortest paths into view. */
  const showPath = () => {
    const eles = cy.nodes('.on-path');
    if (eles.length > 0) glide({ eles, padding: FIT_PADDING * 2 }, 350);
  };

  // The opening framing holds the actors with a tie in view (all of them when none has one).
  const inView = cy.nodes(':visible').not('.idle');
  // A phone has no room to spare: the fit's box already holds the labels.
  cy.fit(inView.length > 0 ? inView : cy.nodes(), (container?.clientWidth ?? Infinity) < 600 ? 12 : FIT_PADDING);
  // On a small screen a graph laid out for wide screens fits only at a zoom where no label can be read:
  // open at a readable zoom around the middle instead; "Fit" still shows everything. A graph with a
  // layout made for tall screens (GraphCanvas uses it on a phone held upright) opens whole.
  const graph = store.getState().graph;
  const tallLayout = graph !== null && hasTallLayout(graph) && (container?.clientHeight ?? 0) > (container?.clientWidth ?? 0);
  if (!tallLayout && cy.zoom() < MIN_READABLE_ZOOM && (container?.clientWidth ?? Infinity) < 600) {
    cy.zoom({ level: MIN_READABLE_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  // The canvas follows its container when side panels open or close (cytoscape only watches the window).
  // The picture keeps its centre; if everything was in view before, it is fitted again.
  let size = { w: cy.width(), h: cy.height() };
  const onResize = () => {
    const bb = cy.elements(':visible').renderedBoundingBox({});
    const wasInView = bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= size.w + 1 && bb.y2 <= size.h + 1;
    cy.resize();
    const next = { w: cy.width(), h: cy.height() };
    if (next.w === size.w && next.h === size.h) return;
    cy.panBy({ x: (next.w - size.w) / 2, y: (next.h - size.h) / 2 });
    size = next;
    if (wasInView && next.w > 0 && next.h > 0) cy.fit(cy.nodes(':visible'), FIT_PADDING);
  };
  const resizer = typeof ResizeObserver === 'function' && container ? new ResizeObserver(onResize) : null;
  if (resizer && container) resizer.observe(container);

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.fitRequest !== prev.fitRequest) fit(s);
    if (s.centerRequest !== prev.centerRequest) center(s);
    if (s.pathQuery && s.pathQuery !== prev.pathQuery) showPath();
  });
  return () => {
    unsubscribe();
    resizer?.disconnect();
  };
}
