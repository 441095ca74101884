/**
 * A read-only snapshot of what is drawn, in screen (container) pixels: each
 * actor's body, label box and label size, each line as sampled points. For
 * the picture check (scripts/picture-check.mjs) and browser tests, which
 * measure overlaps and lines through actors on the real rendered graph.
 * Reads only; never changes the view.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { WHOLE_PADDING, graphAreaSize, withPictureLook, type PictureLook } from './renderGraphImage';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface NodeGeometry {
  id: string;
  label: string;
  /** Drawn at all (not hidden by time, filters or focus). */
  drawn: boolean;
  /** Has a tie in view (not idle). */
  inView: boolean;
  body: Box;
  /** The label's box, or null when it has no label. */
  labelBox: Box | null;
  /** The label's font size on screen, in CSS px. */
  fontPx: number;
}

export interface EdgeGeometry {
  id: string;
  source: string;
  target: string;
  drawn: boolean;
  /** Points along the drawn line, in screen px. */
  points: { x: number; y: number }[];
}

export interface GraphGeometry {
  width: number;
  height: number;
  zoom: number;
  nodes: NodeGeometry[];
  edges: EdgeGeometry[];
}

const box = (b: { x1: number; y1: number; x2: number; y2: number }): Box => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });

function nodeGeometry(cy: Core, n: NodeSingular): NodeGeometry {
  const label = String(n.data('label') ?? '');
  const drawn = n.visible() && Number(n.style('opacity')) > 0;
  const body = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeEdges: false });
  const withLabel = n.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false, includeEdges: false });
  // The label outline belongs to the label's look, not its space: leave it out, as a reader does.
  const outline = parseFloat(String(n.style('text-outline-width'))) * cy.zoom() || 0;
  const labelBox = label && withLabel.w > 0 ? { x1: withLabel.x1 + outline, y1: withLabel.y1 + outline, x2: withLabel.x2 - outline, y2: withLabel.y2 - outline } : null;
  return {
    id: n.id(),
    label,
    drawn,
    inView: drawn && !n.hasClass('idle'),
    body: box(body),
    labelBox,
    fontPx: parseFloat(String(n.style('font-size'))) * cy.zoom(),
  };
}

/** A quadratic bezier chain through cytoscape's control points (its own way of drawing bundled edges). */
function edgePoints(cy: Core, e: EdgeSingular): { x: number; y: number }[] {
  const toScreen = (p: { x: number; y: number }) => ({ x: p.x * cy.zoom() + cy.pan().x, y: p.y * cy.zoom() + cy.pan().y });
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const ctrl = (e.controlPoints() as { x: number; y: number }[] | undefined) ?? [];
  const out: { x: number; y: number }[] = [];
  if (ctrl.length === 0) {
    for (let k = 0; k <= 24; k++) out.push(toScreen({ x: s.x + ((t.x - s.x) * k) / 24, y: s.y + ((t.y - s.y) * k) / 24 }));
    return out;
  }
  // Between control points, the curve passes through their midpoints.
  const anchors = [s];
  for (let i = 0; i < ctrl.length - 1; i++) anchors.push({ x: (ctrl[i]!.x + ctrl[i + 1]!.x) / 2, y: (ctrl[i]!.y + ctrl[i + 1]!.y) / 2 });
  anchors.push(t);
  ctrl.forEach((c, i) => {
    const a = anchors[i]!;
    const b = anchors[i + 1]!;
    for (let k = i === 0 ? 0 : 1; k <= 24; k++) {
      const u = k / 24;
      const v = 1 - u;
      out.push(toScreen({ x: v * v * a.x + 2 * u * v * c.x + u * u * b.x, y: v * v * a.y + 2 * u * v * c.y + u * u * b.y }));
    }
  });
  return out;
}

/** What cy draws now, in container pixels. */
export function readGeometry(cy: Core): GraphGeometry {
  return {
    width: cy.width(),
    height: cy.height(),
    zoom: cy.zoom(),
    nodes: cy.nodes().map((n) => nodeGeometry(cy, n)),
    edges: cy.edges().map((e) => {
      const drawn = e.visible() && Number(e.style('opacity')) > 0.5;
      return { id: e.id(), source: e.source().id(), target: e.target().id(), drawn, points: drawn ? edgePoints(cy, e) : [] };
    }),
  };
}

/** The default exported picture's graph area (the graph in view, fitted) and its smallest label, at 1×. */
export interface PictureGeometry {
  width: number;
  height: number;
  /** Model units to picture px at 1×. */
  scale: number;
  smallestLabelPx: number;
  actors: number;
}

/** Measures the picture `look` would draw (defaults: no affiliations, no actors without a tie in view). */
export function readPictureGeometry(cy: Core, look: PictureLook = { affiliations: false, idleActors: false }): PictureGeometry {
  const area = graphAreaSize(cy, 'whole', look);
  return withPictureLook(cy, look, () => {
    const bb = cy.elements(':visible').boundingBox({});
    const pad = WHOLE_PADDING;
    const scale = Math.min((area.w - 2 * pad) / Math.max(1, bb.w), (area.h - 2 * pad) / Math.max(1, bb.h));
    const nodes = cy.nodes(':visible');
    const fonts = nodes.map((n) => parseFloat(String(n.style('font-size'))));
    return { width: area.w, height: area.h, scale, smallestLabelPx: fonts.length ? Math.min(...fonts) * scale : 0, actors: nodes.length };
  });
}
