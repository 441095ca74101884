/**
 * The graph as a raster for exports: cytoscape draws it again at the target
 * scale (so labels and lines stay crisp at 4×), either the current view or
 * the whole graph.
 */
import type { Core } from 'cytoscape';

export type GraphArea = 'view' | 'whole';

/** Space kept around the whole graph so labels at the edge are not cut. */
const WHOLE_PADDING = 24;

/**
 * Size of the graph area at 1×: the on-screen canvas for the current view;
 * for the whole graph the same width and the height its shape needs (within
 * sensible bounds, so a very flat graph still gets a readable picture).
 */
export function graphAreaSize(cy: Core, area: GraphArea): { w: number; h: number } {
  const w = Math.max(1, Math.round(cy.width()));
  if (area === 'view') return { w, h: Math.max(1, Math.round(cy.height())) };
  const bb = cy.elements(':visible').boundingBox({});
  const aspect = bb.w > 0 ? bb.h / bb.w : 0.6;
  return { w, h: Math.round(Math.min(1.25, Math.max(0.35, aspect)) * (w - 2 * WHOLE_PADDING) + 2 * WHOLE_PADDING) };
}

export interface GraphImageOptions {
  area: GraphArea;
  /** Size of the area at 1× (from graphAreaSize) and the pixel scale. */
  w: number;
  h: number;
  scale: number;
}

/** Draws the graph into an image; the caller composes it into the picture. */
export async function renderGraphImage(cy: Core, opts: GraphImageOptions): Promise<{ image: ImageBitmap | HTMLImageElement; x: number; y: number; w: number; h: number }> {
  // maxWidth/maxHeight rather than scale: with `scale` cytoscape also multiplies by the screen's pixel ratio.
  const blob =
    opts.area === 'view'
      ? await cy.png({ output: 'blob-promise', full: false, maxWidth: opts.w * opts.scale, maxHeight: opts.h * opts.scale, bg: 'transparent' })
      : await cy.png({
          output: 'blob-promise',
          full: true,
          maxWidth: (opts.w - 2 * WHOLE_PADDING) * opts.scale,
          maxHeight: (opts.h - 2 * WHOLE_PADDING) * opts.scale,
          bg: 'transparent',
        });
  const image = await decodeImage(blob);
  if (opts.area === 'view') return { image, x: 0, y: 0, w: opts.w, h: opts.h };
  // Whole graph: centred in the padded area. Sizes in 1× units.
  const iw = image.width / opts.scale;
  const ih = image.height / opts.scale;
  return { image, x: (opts.w - iw) / 2, y: (opts.h - ih) / 2, w: iw, h: ih };
}

async function decodeImage(blob: Blob): Promise<ImageBitmap | HTMLImageElement> {
  if (typeof createImageBitmap === 'function') return createImageBitmap(blob);
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The graph drawn straight onto a canvas, without PNG encoding: for video
 * frames, where encoding each frame would be too slow. Uses the renderer's
 * own buffer drawing (what `cy.png` draws with); falls back to `cy.png`.
 */
export async function renderGraphFrame(cy: Core, opts: GraphImageOptions): Promise<{ image: CanvasImageSource; x: number; y: number; w: number; h: number }> {
  const renderer = (cy as unknown as { renderer?: () => { bufferCanvasImage?: (o: object) => HTMLCanvasElement } }).renderer?.();
  if (!renderer?.bufferCanvasImage) return renderGraphImage(cy, opts);
  const pad = opts.area === 'whole' ? WHOLE_PADDING : 0;
  const canvas = renderer.bufferCanvasImage({
    full: opts.area === 'whole',
    maxWidth: (opts.w - 2 * pad) * opts.scale,
    maxHeight: (opts.h - 2 * pad) * opts.scale,
  });
  if (opts.area === 'view') return { image: canvas, x: 0, y: 0, w: opts.w, h: opts.h };
  const iw = canvas.width / opts.scale;
  const ih = canvas.height / opts.scale;
  return { image: canvas, x: (opts.w - iw) / 2, y: (opts.h - ih) / 2, w: iw, h: ih };
}
