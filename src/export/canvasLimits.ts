/**
 * Browsers cap canvas size; past the cap `toBlob` gives null and `toDataURL`
 * gives "data:,". Chromium's caps (also within Firefox's and Safari's
 * tightest common limits for width): 16384 px per side and 268 million
 * pixels in all. Larger requests are scaled down, and the caller says so.
 */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 268_435_456;

export interface FittedScale {
  scale: number;
  width: number;
  height: number;
  /** True when the requested scale was reduced to fit. */
  reduced: boolean;
}

/** The largest scale ≤ `requested` at which a picture of `w`×`h` (at 1×) fits the caps. */
export function fitScale(w: number, h: number, requested: number): FittedScale {
  let scale = requested;
  const side = Math.max(w, h) * scale;
  if (side > MAX_CANVAS_SIDE) scale = MAX_CANVAS_SIDE / Math.max(w, h);
  if (w * h * scale * scale > MAX_CANVAS_AREA) scale = Math.sqrt(MAX_CANVAS_AREA / (w * h));
  // Whole pixels, rounded down so rounding never pushes past a cap.
  const width = Math.max(1, Math.floor(w * scale));
  const height = Math.max(1, Math.floor(h * scale));
  return { scale, width, height, reduced: scale < requested - 1e-9 };
}
