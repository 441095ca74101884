/**
 * What is in the frame: the first fit (at a readable zoom on a phone), the
 * canvas following its container's size, and the person's requests to fit
 * everything, centre an actor, or show a path.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
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
  // By class, not ':visible': that selector computes every node's style before the first draw (a tenth of the load's script).
  const HIDDEN = ['idle', 'gone', 'filtered', 'outside', 'pic-hide'];
  const openingSet = () => {
    const inView = cy.nodes().filter((n) => !HIDDEN.some((c) => n.hasClass(c)));
    return inView.length > 0 ? inView : cy.nodes();
  };
  // A phone or an embed has no room to spare: the fit's box already holds the labels.
  const openingPadding = () => ((container?.clientWidth ?? Infinity) < 600 ? 6 : store.getState().embed ? 12 : FIT_PADDING);
  const frameOpening = () => fitClearOfOverlays(cy, openingSet(), openingPadding());
  frameOpening();
  // Cytoscape knows a wrapped label's real size only once it has drawn it (large tall-screen labels
  // came out a few lines taller than at the first fit, and the bottom one under the legend): after
  // the first frame, fit again if the opening set no longer fits and nobody has moved the camera.
  let touched = false;
  const onTouch = () => {
    touched = true;
  };
  cy.one('dragpan scrollzoom pinchzoom', onTouch);
  let renders = 0;
  const onRender = () => {
    if (++renders > 6) cy.removeListener('render', onRender);
    if (touched || store.getState().cameraRequest) return;
    const bb = openingSet().renderedBoundingBox({});
    if (bb.x1 < -0.5 || bb.y1 < -0.5 || bb.x2 > cy.width() + 0.5 || bb.y2 > cy.height() + 0.5) frameOpening();
  };
  cy.on('render', onRender);
  // On a small screen a graph laid out for wide screens fits only at a zoom where no label can be read:
  // open at a readable zoom around the middle instead; "Fit" still shows everything. A graph with a
  // layout made for tall screens (GraphCanvas uses it on a phone held upright) opens whole.
  const graph = store.getState().graph;
  const tallLayout = graph !== null && hasTallLayout(graph) && (container?.clientHeight ?? 0) > (container?.clientWidth ?? 0);
  if (!tallLayout && cy.zoom() < MIN_READABLE_ZOOM && (container?.clientWidth ?? Infinity) < 600) {
    cy.zoom({ level: MIN_READABLE_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  // The canvas follows its container when side panels open or close at once (cytoscape's own observer
  // waits 100 ms). The picture keeps its centre; if everything was in view before, it is fitted again.
  let size = { w: cy.width(), h: cy.height() };
  let box = { w: container?.clientWidth ?? 0, h: container?.clientHeight ?? 0 };
  const onResize = () => {
    // The observer's first call comes with the size the view opened at: cy.resize() then would cost a
    // second full frame before the first drawn graph (measured: about 35 ms of the shipped data's load).
    const now = { w: container?.clientWidth ?? 0, h: container?.clientHeight ?? 0 };
    if (now.w === box.w && now.h === box.h) return;
    box = now;
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
    if (s.zoomRequest !== prev.zoomRequest) touched = true; // + or −: the person framed it, no refit after
    if (s.fitRequest !== prev.fitRequest) fit(s);
    if (s.centerRequest !== prev.centerRequest) center(s);
    if (s.pathQuery && s.pathQuery !== prev.pathQuery) showPath();
  });
  return () => {
    cy.removeListener('render', onRender);
    cy.removeListener('dragpan scrollzoom pinchzoom', onTouch);
    unsubscribe();
    resizer?.disconnect();
  };
}

/** Screen boxes of the controls that float over the graph (marked `data-over-graph`), in the container's pixels. */
function overlayBoxes(container: HTMLElement | null): { x1: number; y1: number; x2: number; y2: number }[] {
  if (!container || typeof document === 'undefined') return [];
  const host = container.getBoundingClientRect();
  const boxes = [];
  for (const el of document.querySelectorAll<HTMLElement>('[data-over-graph]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const box = { x1: r.left - host.left, y1: r.top - host.top, x2: r.right - host.left, y2: r.bottom - host.top };
    if (box.x2 > 0 && box.y2 > 0 && box.x1 < host.width && box.y1 < host.height) boxes.push(box);
  }
  return boxes;
}

/**
 * Fits `eles` (bodies and labels) in the canvas with `padding`; if a control floating over the top
 * of the graph (the panel buttons) then covers one of them, fits them again in the band below it.
 */
function fitClearOfOverlays(cy: Core, eles: NodeCollection, padding: number): void {
  cy.fit(eles, padding);
  const overlays = overlayBoxes(cy.container());
  if (overlays.length === 0) return;
  const hit = (b: { x1: number; y1: number; x2: number; y2: number }) => overlays.some((o) => Math.min(o.x2, b.x2) > Math.max(o.x1, b.x1) && Math.min(o.y2, b.y2) > Math.max(o.y1, b.y1));
  if (!eles.some((n) => hit(n.renderedBoundingBox({})))) return;
  // Only controls along the top edge are worked around: the band under the lowest of them is kept free.
  const top = Math.max(...overlays.filter((o) => o.y1 < cy.height() / 2).map((o) => o.y2 + 4), padding);
  const bb = eles.boundingBox({});
  const w = cy.width() - 2 * padding;
  const h = cy.height() - top - padding;
  if (w <= 0 || h <= 0 || bb.w <= 0 || bb.h <= 0) return;
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / bb.w, h / bb.h)));
  cy.viewport({ zoom, pan: { x: padding + (w - zoom * bb.w) / 2 - zoom * bb.x1, y: top + (h - zoom * bb.h) / 2 - zoom * bb.y1 } });
}
