/**
 * The graph as a raster for exports: cytoscape draws it again at the target
 * scale (so labels and lines stay crisp at 4×), either the current view or
 * the whole graph.
 */
import type { Core } from 'cytoscape';

export type GraphArea = 'view' | 'whole';

/** What a picture leaves out that the screen shows (both off by default: a picture shows the interactions in view). */
export interface PictureLook {
  /** Draw offices held and memberships. */
  affiliations: boolean;
  /** Draw actors with no tie in view (faded). */
  idleActors: boolean;
}

export const SCREEN_LOOK: PictureLook = { affiliations: true, idleActors: true };

/**
 * Runs `draw` with the picture's look: what it leaves out is hidden for the
 * duration of this synchronous call only (cytoscape draws a picture
 * synchronously; the screen repaints on a later frame, after it is restored).
 */
/**
 * Applies the changed classes now. Cytoscape applies styles lazily and caches
 * derived answers such as `visible()` per element; without this a node shown
 * again still reads as hidden (found in the picture check). These are methods
 * of cytoscape's collections that its TypeScript types leave out.
 */
function restyle(cy: Core, eles: ReturnType<Core['collection']>): void {
  type Internal = { updateStyle(): void; dirtyStyleCache(): void };
  (eles as unknown as Internal).updateStyle();
  eles.forEach((e) => void e.style('display'));
  (cy.elements() as unknown as Internal).dirtyStyleCache();
}

export function withPictureLook<T>(cy: Core, look: PictureLook, draw: () => T): T {
  let hidden = cy.collection();
  if (!look.affiliations) hidden = hidden.union(cy.edges('.affiliation'));
  if (hidden.empty() && look.idleActors) return draw();
  // Styles are brought up to date at once (cytoscape otherwise defers them to its next frame).
  restyle(cy, hidden.addClass('pic-hide'));
  if (!look.idleActors) {
    // Left out: actors with no line drawn (no tie in view, or only the affiliations left out above).
    const lone = cy.nodes(':visible').filter((n) => n.connectedEdges(':visible').empty());
    restyle(cy, lone.addClass('pic-hide'));
    hidden = hidden.union(lone);
  }
  try {
    return draw();
  } finally {
    restyle(cy, hidden.removeClass('pic-hide'));
  }
}

/** Space kept around the whole graph so labels at the edge are not cut. */
export const WHOLE_PADDING = 24;

/**
 * Size of the graph area at 1×: the on-screen canvas for the current view;
 * for the whole graph the same width and the height its shape needs (within
 * sensible bounds, so a very flat graph still gets a readable picture).
 */
export function graphAreaSize(cy: Core, area: GraphArea, look: PictureLook = SCREEN_LOOK): { w: number; h: number } {
  const w = Math.max(1, Math.round(cy.width()));
  if (area === 'view') return { w, h: Math.max(1, Math.round(cy.height())) };
  const bb = withPictureLook(cy, look, () => cy.elements(':visible').boundingBox({}));
  const aspect = bb.w > 0 ? bb.h / bb.w : 0.6;
  // Up to 1.6 times as high as wide: a picture made on a phone, of its tall layout, fills its width.
  return { w, h: Math.round(Math.min(1.6, Math.max(0.35, aspect)) * (w - 2 * WHOLE_PADDING) + 2 * WHOLE_PADDING) };
}

export interface GraphImageOptions {
  area: GraphArea;
  /** Size of the area at 1× (from graphAreaSize) and the pixel scale. */
  w: number;
  h: number;
  scale: number;
  look?: PictureLook;
}

/** Draws the graph into an image; the caller composes it into the picture. */
export async function renderGraphImage(cy: Core, opts: GraphImageOptions): Promise<{ image: ImageBitmap | HTMLImageElement; x: number; y: number; w: number; h: number }> {
  // maxWidth/maxHeight rather than scale: with `scale` cytoscape also multiplies by the screen's pixel ratio.
  // Drawn now, under the picture's look; only the encoding is awaited.
  const pending = withPictureLook(cy, opts.look ?? SCREEN_LOOK, () =>
    opts.area === 'view'
      ? cy.png({ output: 'blob-promise', full: false, maxWidth: opts.w * opts.scale, maxHeight: opts.h * opts.scale, bg: 'transparent' })
      : cy.png({
          output: 'blob-promise',
          full: true,
          maxWidth: (opts.w - 2 * WHOLE_PADDING) * opts.scale,
          maxHeight: (opts.h - 2 * WHOLE_PADDING) * opts.scale,
          bg: 'transparent',
        }),
  );
  const blob = await pending;
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
  const canvas = withPictureLook(cy, opts.look ?? SCREEN_LOOK, () =>
    renderer.bufferCanvasImage!({
      full: opts.area === 'whole',
      maxWidth: (opts.w - 2 * pad) * opts.scale,
      maxHeight: (opts.h - 2 * pad) * opts.scale,
    }),
  );
  if (opts.area === 'view') return { image: canvas, x: 0, y: 0, w: opts.w, h: opts.h };
  const iw = canvas.width / opts.scale;
  const ih = canvas.height / opts.scale;
  return { image: canvas, x: (opts.w - iw) / 2, y: (opts.h - ih) / 2, w: iw, h: ih };
}
