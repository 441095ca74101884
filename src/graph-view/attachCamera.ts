/**
 * The camera for links: reports where the person framed the graph (only
 * after they pan or zoom themselves, so an untouched view stays "fitted" and
 * opens fitted on any screen), and moves to a camera a link asked for.
 * A camera names the actor nearest the centre, the offset from it and the
 * zoom relative to the whole graph's, so it means the same on a phone (tall
 * layout) and on a desktop (wide layout); older links (a model point) still open.
 */
import type { Core } from 'cytoscape';
import type { TielineStore } from '../store/createTielineStore';
import type { Camera } from '../domain/camera';
import { nodeElementId } from './elements';

/** The box holding every actor's centre (model units; the same measure on any screen and stylesheet). */
function extentOf(cy: Core): { x1: number; y1: number; w: number; h: number } {
  const bb = cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
  return { x1: bb.x1, y1: bb.y1, w: Math.max(bb.w, 1), h: Math.max(bb.h, 1) };
}

/** The zoom at which that box fills the graph area (the reference for a layout-neutral zoom). */
function referenceZoom(cy: Core): number {
  const e = extentOf(cy);
  return Math.min(cy.width() / e.w, cy.height() / e.h) || 1;
}

/** The camera cy shows now, layout-neutral (see Camera): the actor nearest the centre, the offset from it, the zoom relative to the whole graph's. */
export function readCamera(cy: Core, actorIds: readonly string[]): Camera {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const cx = (cy.width() / 2 - pan.x) / zoom;
  const cyy = (cy.height() / 2 - pan.y) / zoom;
  let nearest: { id: string; x: number; y: number; d: number } | null = null;
  for (const n of cy.nodes(':visible')) {
    const id = actorIds[Number(n.data('index'))];
    if (id === undefined) continue;
    const p = n.position();
    const d = Math.hypot(p.x - cx, p.y - cyy);
    if (!nearest || d < nearest.d) nearest = { id, x: p.x, y: p.y, d };
  }
  if (!nearest) return { x: cx, y: cyy, zoom };
  const e = extentOf(cy);
  return { anchor: nearest.id, x: (cx - nearest.x) / e.w, y: (cyy - nearest.y) / e.h, zoom: zoom / referenceZoom(cy) };
}

/** Moves cy to a camera at once (no animation: a link opens on its picture). `indexOf` finds an anchor's node. */
export function applyCamera(cy: Core, camera: Camera, indexOf: (id: string) => number | undefined = () => undefined): void {
  let { x, y } = camera;
  let wanted = camera.zoom;
  if (camera.anchor !== undefined) {
    const index = indexOf(camera.anchor);
    const node = index === undefined ? null : cy.getElementById(nodeElementId(index));
    if (!node || node.empty()) return;
    const e = extentOf(cy);
    x = node.position().x + camera.x * e.w;
    y = node.position().y + camera.y * e.h;
    wanted = camera.zoom * referenceZoom(cy);
  }
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), wanted));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom } });
}

const USER_MOVES = 'dragpan scrollzoom pinchzoom';

/** Call once per cy instance, after attachGraphView; returns a detach function. */
export function attachCamera(cy: Core, store: TielineStore): () => void {
  const initial = store.getState().cameraRequest;
  const indexOf = (id: string) => store.getState().graph?.nodeIndex.get(id);
  const ids = () => store.getState().graph?.nodes.map((n) => n.id) ?? [];
  let moved = false;
  let frame: number | null = null;
  if (initial) {
    applyCamera(cy, initial.camera, indexOf);
    // The container may take its final size (details panel, fonts) only after this frame: apply again once laid out.
    frame = requestAnimationFrame(() => {
      frame = null;
      cy.resize();
      if (!moved) applyCamera(cy, initial.camera, indexOf);
    });
  }
  const onUserMove = () => {
    moved = true;
    store.getState().setCamera(readCamera(cy, ids()));
  };
  cy.on(USER_MOVES, onUserMove);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.cameraRequest && s.cameraRequest !== prev.cameraRequest) applyCamera(cy, s.cameraRequest.camera, indexOf);
    if (s.fitRequest !== prev.fitRequest && s.camera) s.setCamera(null);
    if (s.zoomRequest && s.zoomRequest !== prev.zoomRequest) {
      // The + and − buttons: about the middle of the view, and the person's own move (the link follows).
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * s.zoomRequest.factor));
      cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      moved = true;
      s.setCamera(readCamera(cy, ids()));
    }
  });
  return () => {
    if (frame !== null) cancelAnimationFrame(frame);
    unsubscribe();
    cy.removeListener(USER_MOVES, onUserMove);
  };
}
