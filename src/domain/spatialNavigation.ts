/**
 * Moving by arrow key among points on screen: from one point, the nearest
 * other point that lies the way the arrow points. Pure, so the graph view's
 * keyboard navigation can be tested without a renderer.
 */

export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

/** A point on screen (y grows downwards, as in rendered coordinates). */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<ArrowDirection, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * The point to move to from `from` in `direction`, or null when nothing lies
 * that way. A point counts as "that way" within 60° of the arrow; among those,
 * distance along the arrow counts once and sideways offset twice, so the
 * arrow prefers what is straight ahead over what is merely close.
 */
export function nearestInDirection(points: readonly ScreenPoint[], from: { x: number; y: number }, direction: ArrowDirection, fromId?: string): ScreenPoint | null {
  const u = UNIT[direction];
  let best: ScreenPoint | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === fromId) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * u.x + dy * u.y;
    const across = Math.abs(dx * u.y - dy * u.x);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== null && p.id < best.id)) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** The point nearest to `to` (where to start when nothing is selected). */
export function nearestTo(points: readonly ScreenPoint[], to: { x: number; y: number }): ScreenPoint | null {
  let best: ScreenPoint | null = null;
  let bestDistance = Infinity;
  for (const p of points) {
    const d = Math.hypot(p.x - to.x, p.y - to.y);
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}

/** Ids ordered clockwise by the angle from `centre` (starting at 12 o'clock): the order Enter walks an actor's ties. */
export function clockwise<T extends { x: number; y: number }>(items: readonly T[], centre: { x: number; y: number }): T[] {
  const angle = (p: T) => {
    const a = Math.atan2(p.x - centre.x, -(p.y - centre.y));
    return a < 0 ? a + 2 * Math.PI : a;
  };
  return [...items].sort((a, b) => angle(a) - angle(b));
}
