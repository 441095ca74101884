/**
 * PNG export: the graph drawn again by cytoscape at the target scale, with
 * caption, legend and credit drawn as canvas text at that scale. Loaded on
 * demand from the export dialog.
 */
import { layoutPicture } from '../domain/pictureLayout';
import { drawnCy } from '../graph-view/activeGraph';
import { graphAreaSize, renderGraphImage } from '../graph-view/renderGraphImage';
import type { TielineState } from '../store/createTielineStore';
import { fitScale } from './canvasLimits';
import { canvasMeasure, drawPicture } from './drawPicture';
import { scaleFor, type PictureOptions } from './pictureOptions';
import { exportFileName, pictureLook, pictureSpec } from './pictureSpec';

export interface ExportResult {
  blob: Blob;
  fileName: string;
  width: number;
  height: number;
  /** Set when the picture had to be made smaller than asked. */
  reducedFrom: { width: number; height: number } | null;
}

/** The picture's size in pixels for the options, before and after the browser's caps. */
export function plannedSize(s: TielineState, options: PictureOptions): { width: number; height: number; fitted: ReturnType<typeof fitScale> } | null {
  const cy = drawnCy(s);
  if (!cy || !s.graph) return null;
  // cytoscape caches its container's size and learns of a change a moment later; the file is drawn at the size it has now.
  cy.resize();
  const area = graphAreaSize(cy, options.area, pictureLook(options));
  const layout = layoutPicture(pictureSpec(s, options, area, possibleDrawn(cy)), canvasMeasure());
  const scale = scaleFor(options.size, layout.width);
  return { width: Math.round(layout.width * scale), height: Math.round(layout.height * scale), fitted: fitScale(layout.width, layout.height, scale) };
}

/** Whether a line drawn is only possibly in view (the class the graph view sets). */
export function possibleDrawn(cy: NonNullable<ReturnType<typeof drawnCy>>): boolean {
  return cy.edges('.possible:visible').length > 0;
}

export async function exportPng(s: TielineState, options: PictureOptions): Promise<ExportResult> {
  const cy = drawnCy(s);
  if (!cy || !s.graph || !s.timeIndex) throw new Error('The graph is not on screen yet.');
  const look = pictureLook(options);
  const area = graphAreaSize(cy, options.area, look);
  const layout = layoutPicture(pictureSpec(s, options, area, possibleDrawn(cy)), canvasMeasure());
  const requested = scaleFor(options.size, layout.width);
  const fitted = fitScale(layout.width, layout.height, requested);
  const graph = await renderGraphImage(cy, { area: options.area, w: area.w, h: area.h, scale: fitted.scale, look });
  const canvas = document.createElement('canvas');
  canvas.width = fitted.width;
  canvas.height = fitted.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser could not make a canvas of that size.');
  drawPicture(ctx, layout, fitted.scale, options.background, graph);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob || blob.size < 100) throw new Error(`The browser could not encode a ${fitted.width} × ${fitted.height} px picture; try a smaller size.`);
  return {
    blob,
    fileName: exportFileName(s, 'png'),
    width: fitted.width,
    height: fitted.height,
    reducedFrom: fitted.reduced ? { width: Math.round(layout.width * requested), height: Math.round(layout.height * requested) } : null,
  };
}

export { saveBlob as download } from './saveBlob';
