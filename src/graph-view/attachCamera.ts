/**
 * The camera for links: reports where the person framed the graph (only
 * after they pan or zoom themselves, so an untouched view stays "fitted" and
 * opens fitted on any screen), and moves to a camera a link asked for.
 * A camera is the model point at the centre of the graph area plus the zoom,
 * so it means the same on a phone and on a desktop.
 */
import type { Core } from 'cytoscape';
import type { TielineStore } from '../store/createTielineStore';
import type { Camera } from '../domain/camera';

/** The camera cy shows now. */
export function readCamera(cy: Core): Camera {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom, zoom };
}

/** Moves cy to a camera at once (no animation: a link opens on its picture). */
export function applyCamera(cy: Core, camera: Camera): void {
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), camera.zoom));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - camera.x * zoom, y: cy.height() / 2 - camera.y * zoom } });
}

const USER_MOVES = 'dragpan scrollzoom pinchzoom';

/** Call once per cy instance, after attachGraphView; returns a detach function. */
export function attachCamera(cy: Core, store: TielineStore): () => void {
  const initial = store.getState().cameraRequest;
  let moved = false;
  let frame: number | null = null;
  if (initial) {
    applyCamera(cy, initial.camera);
    // The container may take its final size (details panel, fonts) only after this frame: apply again once laid out.
    frame = requestAnimationFrame(() => {
      frame = null;
      cy.resize();
      if (!moved) applyCamera(cy, initial.camera);
    });
  }
  const onUserMove = () => {
    moved = true;
    store.getState().setCamera(readCamera(cy));
  };
  cy.on(USER_MOVES, onUserMove);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.cameraRequest && s.cameraRequest !== prev.cameraRequest) applyCamera(cy, s.cameraRequest.camera);
    if (s.fitRequest !== prev.fitRequest && s.camera) s.setCamera(null);
  });
  return () => {
    if (frame !== null) cancelAnimationFrame(frame);
    unsubscribe();
    cy.removeListener(USER_MOVES, onUserMove);
  };
}
