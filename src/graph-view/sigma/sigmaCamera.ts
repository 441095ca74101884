/**
 * The camera of the sigma view, as attachCamera.ts and attachFraming.ts are
 * for cytoscape: a link's camera (`cam=@actor,dx,dy,zoom`: the actor nearest
 * the centre, the offset from it as shares of the graph's extent, the zoom
 * relative to showing the whole graph) is read and applied in the same
 * layout-neutral terms; the person's pans and zooms are written to the
 * store; Fit, the zoom buttons and "centre this actor" move it.
 */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { Camera } from '../../domain/camera';
import type { TielineGraph } from '../../domain/model';
import type { TielineStore } from '../../store/createTielineStore';
import { nodeKey, type SigmaGraph } from './buildSigmaGraph';

const HOME: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

interface Extent {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/** The box holding every actor's centre, in the file's (cytoscape's, y down) units. */
export function extentOf(model: TielineGraph): Extent {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of model.nodes) {
    const p = n.position ?? { x: 0, y: 0 };
    x1 = Math.min(x1, p.x);
    x2 = Math.max(x2, p.x);
    y1 = Math.min(y1, p.y);
    y2 = Math.max(y2, p.y);
  }
  if (!Number.isFinite(x1)) return { x1: 0, y1: 0, w: 1, h: 1 };
  return { x1, y1, w: Math.max(x2 - x1, 1), h: Math.max(y2 - y1, 1) };
}

/** Screen px per file unit with camera `state` (sigma's y axis points up, the file's down). */
function pixelsPerUnit(renderer: Sigma, e: Extent, state?: CameraState): number {
  const o = state ? { cameraState: state } : {};
  const a = renderer.graphToViewport({ x: e.x1, y: -e.y1 }, o);
  const b = renderer.graphToViewport({ x: e.x1 + e.w, y: -e.y1 }, o);
  return Math.hypot(b.x - a.x, b.y - a.y) / e.w || 1;
}

/** The zoom (px per unit) at which the extent fills the graph area: the reference for a layout-neutral zoom. */
function referenceZoom(renderer: Sigma, e: Extent): number {
  const { width, height } = renderer.getDimensions();
  return Math.min(width / e.w, height / e.h) || 1;
}

/** The camera sigma shows now, layout-neutral (see Camera). */
export function readSigmaCamera(renderer: Sigma, model: TielineGraph, built: SigmaGraph): Camera {
  const { width, height } = renderer.getDimensions();
  // From the camera's state, not the renderer's matrix: that one is updated only when the next frame is drawn.
  const state = renderer.getCamera().getState();
  const c = renderer.viewportToGraph({ x: width / 2, y: height / 2 }, { cameraState: state });
  const cx = c.x;
  const cy = -c.y;
  const e = extentOf(model);
  const zoom = pixelsPerUnit(renderer, e, state);
  let nearest: { id: string; x: number; y: number; d: number } | null = null;
  for (const n of model.nodes) {
    if (built.graph.getNodeAttribute(nodeKey(n.index), 'hidden')) continue;
    const p = n.position ?? { x: 0, y: 0 };
    const d = Math.hypot(p.x - cx, p.y - cy);
    if (!nearest || d < nearest.d) nearest = { id: n.id, x: p.x, y: p.y, d };
  }
  if (!nearest) return { x: cx, y: cy, zoom };
  return { anchor: nearest.id, x: (cx - nearest.x) / e.w, y: (cy - nearest.y) / e.h, zoom: zoom / referenceZoom(renderer, e) };
}

/** The sigma camera state that shows `camera`, or null when its anchor is not in this graph. */
export function sigmaStateFor(renderer: Sigma, model: TielineGraph, camera: Camera): CameraState | null {
  const e = extentOf(model);
  let { x, y } = camera;
  let wanted = camera.zoom;
  if (camera.anchor !== undefined) {
    const i = model.nodeIndex.get(camera.anchor);
    const p = i === undefined ? undefined : model.nodes[i]?.position;
    if (!p) return null;
    x = p.x + camera.x * e.w;
    y = p.y + camera.y * e.h;
    wanted = camera.zoom * referenceZoom(renderer, e);
  }
  return stateCentredOn(renderer, { x, y }, pixelsPerUnit(renderer, e, HOME) / wanted);
}

/** The camera state with file point `p` at the centre and `ratio` (bounded as the camera bounds it). */
function stateCentredOn(renderer: Sigma, p: { x: number; y: number }, ratio: number): CameraState {
  const v = renderer.graphToViewport({ x: p.x, y: -p.y }, { cameraState: HOME });
  const f = renderer.viewportToFramedGraph(v, { cameraState: HOME });
  return { x: f.x, y: f.y, ratio: renderer.getCamera().getBoundedRatio(ratio), angle: 0 };
}

/** What attachSigmaCamera gives back: call `afterFirstDraw` once the graph is drawn, `detach` at the end. */
export interface SigmaCameraHandle {
  afterFirstDraw(): void;
  detach(): void;
}

/** Call once per renderer. */
export function attachSigmaCamera(renderer: Sigma, model: TielineGraph, built: SigmaGraph, store: TielineStore, reducedMotion: () => boolean): SigmaCameraHandle {
  const camera = renderer.getCamera();
  /** Moves made here, not by the person: not written to the link as theirs. */
  let quiet = 0;
  let moved = false;
  let frame: number | null = null;
  let writeFrame: number | null = null;

  const move = (state: Partial<CameraState>, duration: number, then?: () => void) => {
    quiet++;
    if (reducedMotion() || duration === 0) {
      camera.setState(state);
      quiet--;
      then?.();
      return;
    }
    void camera.animate(state, { duration, easing: 'cubicOut' }).then(() => {
      quiet--;
      then?.();
    });
  };
  const write = () => store.getState().setCamera(readSigmaCamera(renderer, model, built));
  const applyLink = (c: Camera) => {
    const state = sigmaStateFor(renderer, model, c);
    if (state) move(state, 0);
  };

  // A link's camera, once sigma has placed the graph (its first draw works out the graph's frame).
  const applyInitial = () => {
    const initial = store.getState().cameraRequest;
    if (!initial || moved) return;
    applyLink(initial.camera);
    // The container may take its final size only after this frame (details panel, fonts): apply again once laid out.
    frame = requestAnimationFrame(() => {
      frame = null;
      renderer.resize();
      if (!moved) applyLink(initial.camera);
    });
  };

  // A pan or zoom of the person's (drag, wheel, pinch): written once a frame, as the link follows it.
  const onUpdated = () => {
    if (quiet > 0) return;
    moved = true;
    writeFrame ??= requestAnimationFrame(() => {
      writeFrame = null;
      write();
    });
  };
  camera.on('updated', onUpdated);

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.graph !== model) return;
    if (s.cameraRequest && s.cameraRequest !== prev.cameraRequest) applyLink(s.cameraRequest.camera);
    if (s.fitRequest !== prev.fitRequest) {
      // Fitted again: the view is "untouched", so a link opens fitted on any screen.
      move(HOME, 300);
      if (s.camera) s.setCamera(null);
    }
    if (s.zoomRequest && s.zoomRequest !== prev.zoomRequest) {
      // The zoom buttons are the person's own move: the link follows.
      moved = true;
      move({ ratio: camera.getBoundedRatio(camera.getState().ratio / s.zoomRequest.factor) }, 200, write);
    }
    if (s.centerRequest && s.centerRequest !== prev.centerRequest) {
      const n = model.nodes[s.centerRequest.node];
      if (n?.position) move(stateCentredOn(renderer, n.position, Math.min(camera.getState().ratio, 1)), 350);
    }
  });

  return {
    afterFirstDraw: applyInitial,
    detach() {
      if (frame !== null) cancelAnimationFrame(frame);
      if (writeFrame !== null) cancelAnimationFrame(writeFrame);
      unsubscribe();
      camera.removeListener('updated', onUpdated);
    },
  };
}
