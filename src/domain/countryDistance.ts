/**
 * How close each person and institution sits to its own country in a layout: the figure behind
 * "each actor close to the country it belongs to". Pure geometry on model coordinates.
 */

/** Mean and largest distance of an actor from its own country, in units of the layout's width; `far` names the farthest. */
export interface CountryDistance {
  mean: number;
  max: number;
  far: number;
}

/**
 * Distances from each actor with an owner (`owner[i]` ≥ 0 and not i) to that owner, over the width
 * of the box holding every point. All zero when no actor has an owner or the layout has no width.
 */
export function countryDistance(points: readonly { x: number; y: number }[], owner: readonly number[]): CountryDistance {
  let x1 = Infinity;
  let x2 = -Infinity;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    x2 = Math.max(x2, p.x);
  }
  const width = x2 - x1;
  let sum = 0;
  let count = 0;
  let max = 0;
  let far = -1;
  points.forEach((p, i) => {
    const o = owner[i] ?? -1;
    if (o < 0 || o === i || !(width > 0)) return;
    const d = Math.hypot(p.x - points[o]!.x, p.y - points[o]!.y) / width;
    sum += d;
    count++;
    if (d > max) [max, far] = [d, i];
  });
  return { mean: count ? sum / count : 0, max, far };
}
