/**
 * Label placement for a crowded picture: each actor's label goes below,
 * beside or above its body, wherever it covers the fewest other labels,
 * bodies and lines. A small screen cannot give every label room below its
 * actor; beside is often free. Pure geometry in model units, deterministic
 * (fixed order, fixed preferences), so a stored layout comes out the same.
 */
import type { LabelSide } from './vocabulary';

/** An actor: its centre, its body's size and its label's size. */
export interface PlacedNode {
  x: number;
  y: number;
  bodyW: number;
  bodyH: number;
  labelW: number;
  labelH: number;
}

/** A box relative to an actor's centre. */
export interface RelativeBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Gap between a body and its label, in model units. */
export const LABEL_GAP = 4;

/** Sides in order of preference: below reads best, then beside, above last. */
const SIDES: readonly LabelSide[] = ['below', 'right', 'left', 'above'];
const SIDE_COST: Record<LabelSide, number> = { below: 0, right: 0.15, left: 0.2, above: 0.3 };

/** The label's own box relative to the centre, on `side`. */
export function labelBox(n: Omit<PlacedNode, 'x' | 'y'>, side: LabelSide): RelativeBox {
  const hw = n.bodyW / 2;
  const hh = n.bodyH / 2;
  switch (side) {
    case 'below':
      return { left: -n.labelW / 2, right: n.labelW / 2, top: hh + LABEL_GAP, bottom: hh + LABEL_GAP + n.labelH };
    case 'above':
      return { left: -n.labelW / 2, right: n.labelW / 2, top: -hh - LABEL_GAP - n.labelH, bottom: -hh - LABEL_GAP };
    case 'right':
      return { left: hw + LABEL_GAP, right: hw + LABEL_GAP + n.labelW, top: -n.labelH / 2, bottom: n.labelH / 2 };
    case 'left':
      return { left: -hw - LABEL_GAP - n.labelW, right: -hw - LABEL_GAP, top: -n.labelH / 2, bottom: n.labelH / 2 };
  }
}

/** The box the body and its label take together, relative to the centre. */
export function unionBox(n: Omit<PlacedNode, 'x' | 'y'>, side: LabelSide): RelativeBox {
  const l = labelBox(n, side);
  return {
    left: Math.min(l.left, -n.bodyW / 2),
    right: Math.max(l.right, n.bodyW / 2),
    top: Math.min(l.top, -n.bodyH / 2),
    bottom: Math.max(l.bottom, n.bodyH / 2),
  };
}

interface Abs {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const at = (n: PlacedNode, b: RelativeBox, pad = 0): Abs => ({ x1: n.x + b.left - pad, y1: n.y + b.top - pad, x2: n.x + b.right + pad, y2: n.y + b.bottom + pad });

function overlapArea(a: Abs, b: Abs): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether segment p–q passes through box b (Liang–Barsky clipping). */
export function segmentHitsBox(px: number, py: number, qx: number, qy: number, b: Abs): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = qx - px;
  const dy = qy - py;
  const edges: [number, number][] = [
    [-dx, px - b.x1],
    [dx, b.x2 - px],
    [-dy, py - b.y1],
    [dy, b.y2 - py],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * Picks a side for every label: a few passes over the actors in a fixed order,
 * each taking the side that costs least given the others' current sides. Cost:
 * area shared with other labels and bodies (relative to the label's own area),
 * lines of others through the label, reaching out past the picture's extent, a little for leaving "below".
 * `aspect` is the frame's width over its height; `pad` is kept around each label (model units); `lineCost`
 * is what one line through a label costs (a label's whole area hidden costs 3).
 */
export function placeLabels(
  nodes: readonly PlacedNode[],
  lines: readonly { a: number; b: number }[],
  aspect = 1,
  { passes = 4, pad = 3, lineCost = 0.35 }: { passes?: number; pad?: number; lineCost?: number } = {},
): LabelSide[] {
  const sides: LabelSide[] = nodes.map(() => 'below');
  const bodies = nodes.map((n) => at(n, { left: -n.bodyW / 2, right: n.bodyW / 2, top: -n.bodyH / 2, bottom: n.bodyH / 2 }, 2));
  // The bodies' extent: a label reaching out past it makes the whole picture larger (and its labels smaller on screen).
  const ext = bodies.reduce((e, b) => ({ x1: Math.min(e.x1, b.x1), y1: Math.min(e.y1, b.y1), x2: Math.max(e.x2, b.x2), y2: Math.max(e.y2, b.y2) }), {
    x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity,
  });
  const cost = (i: number, side: LabelSide): number => {
    const n = nodes[i]!;
    const box = at(n, labelBox(n, side), pad);
    const own = Math.max(1, n.labelW * n.labelH);
    let c = SIDE_COST[side];
    // Past the extent, in the frame's terms (`aspect`: its width over its height).
    const out = Math.max(0, ext.x1 - box.x1) + Math.max(0, box.x2 - ext.x2) + aspect * (Math.max(0, ext.y1 - box.y1) + Math.max(0, box.y2 - ext.y2));
    c += (1.5 * out) / Math.max(1, n.labelW);
    nodes.forEach((m, j) => {
      if (j === i) return;
      // Anything hidden costs more than a line through the label (which keeps its white outline).
      c += (5 * overlapArea(box, bodies[j]!)) / own;
      c += (3 * overlapArea(box, at(m, labelBox(m, sides[j]!), pad))) / own;
    });
    for (const l of lines) {
      if (l.a === i || l.b === i) continue;
      const a = nodes[l.a]!;
      const b = nodes[l.b]!;
      if (segmentHitsBox(a.x, a.y, b.x, b.y, box)) c += lineCost;
    }
    return c;
  };
  for (let pass = 0; pass < passes; pass++) {
    let changed = false;
    for (let i = 0; i < nodes.length; i++) {
      let best = sides[i]!;
      let bestCost = cost(i, best);
      for (const side of SIDES) {
        const c = cost(i, side);
        if (c < bestCost - 1e-9) {
          best = side;
          bestCost = c;
        }
      }
      if (best !== sides[i]) {
        sides[i] = best;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Two labels in each other's way, where moving one alone does not help: try both at once.
  const hides = (i: number) => {
    const n = nodes[i]!;
    const box = at(n, labelBox(n, sides[i]!), pad);
    return nodes.findIndex((m, j) => j !== i && (overlapArea(box, bodies[j]!) > 0 || overlapArea(box, at(m, labelBox(m, sides[j]!), pad)) > 0));
  };
  for (let i = 0; i < nodes.length; i++) {
    const j = hides(i);
    if (j < 0) continue;
    let best: [LabelSide, LabelSide] = [sides[i]!, sides[j]!];
    let bestCost = cost(i, best[0]) + cost(j, best[1]);
    for (const a of SIDES) {
      for (const b of SIDES) {
        sides[i] = a;
        sides[j] = b;
        const c = cost(i, a) + cost(j, b);
        if (c < bestCost - 1e-9) {
          best = [a, b];
          bestCost = c;
        }
      }
    }
    [sides[i], sides[j]] = best;
  }
  return sides;
}
