/**
 * The check pass after a force layout: moves actors off lines that are not
 * theirs and pulls overlapping actor boxes (body plus label) apart, in small
 * deterministic steps, until nothing hides anything or the rounds run out.
 * Each round sums every push on an actor before moving it, so an actor
 * caught between two lines moves out of the wedge rather than back and forth.
 * Pure geometry on model coordinates; the layout code calls it.
 */

/** An actor: its centre, the body's radius, and the box its body and label take (relative to the centre). */
export interface UntangleNode {
  x: number;
  y: number;
  radius: number;
  box: { left: number; right: number; top: number; bottom: number };
}

/** A line between two actors (indices); `halfWidth` is half the band its parallel ties take. */
export interface UntangleLine {
  a: number;
  b: number;
  halfWidth: number;
}

export interface UntangleResult {
  /** Line / actor pairs still too close, and overlapping boxes, after the last round. */
  crossings: number;
  overlaps: number;
  rounds: number;
  /** After the last round: which actor sits on which line (indices), and which boxes overlap. */
  onLines: [node: number, line: UntangleLine][];
  overlapping: [number, number][];
}

/** Space kept between a line and an actor it does not end at, and between boxes. */
export const LINE_CLEARANCE = 8;
export const BOX_GAP = 8;

/** The two spaces kept (a layout for a small screen keeps less: its boxes are already snug). */
export interface Gaps {
  line: number;
  box: number;
}
const DEFAULT_GAPS: Gaps = { line: LINE_CLEARANCE, box: BOX_GAP };
const MAX_STEP = 24;

const bump = (move: Float64Array, k: number, by: number) => {
  move[k] = (move[k] ?? 0) + by;
};

/** Distance from p to segment ab, and the closest point's parameter. */
function toSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): { d: number; qx: number; qy: number; t: number } {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const qx = ax + t * dx;
  const qy = ay + t * dy;
  return { d: Math.hypot(px - qx, py - qy), qx, qy, t };
}

/** Adds this round's pushes off lines to `move`; lists what was too close. */
function pushOffLines(nodes: readonly UntangleNode[], lines: readonly UntangleLine[], move: Float64Array, seen: [number, UntangleLine][], g: Gaps): void {
  for (const line of lines) {
    const a = nodes[line.a]!;
    const b = nodes[line.b]!;
    const lx = b.x - a.x;
    const ly = b.y - a.y;
    const l = Math.hypot(lx, ly) || 1;
    nodes.forEach((n, i) => {
      if (i === line.a || i === line.b) return;
      const need = n.radius + line.halfWidth + g.line;
      const s = toSegment(n.x, n.y, a.x, a.y, b.x, b.y);
      if (s.d >= need || s.t <= 0 || s.t >= 1) return;
      seen.push([i, line]);
      // Away from the line, perpendicular to it; on the line itself, to its left (a fixed, deterministic side).
      let ux = n.x - s.qx;
      let uy = n.y - s.qy;
      let len = Math.hypot(ux, uy);
      if (len < 1e-6) {
        ux = -ly;
        uy = lx;
        len = l;
      }
      const step = Math.min(need - s.d + 1, MAX_STEP);
      // Near an end, lines fan out from a shared actor and the gaps between them are narrow:
      // also move away from that end, to where the gaps are wide enough.
      const along = s.t < 0.35 ? 1 : s.t > 0.65 ? -1 : 0;
      bump(move, 2 * i, (ux / len) * step + ((along * lx) / l) * step * 0.5);
      bump(move, 2 * i + 1, (uy / len) * step + ((along * ly) / l) * step * 0.5);
      // The line gives way a little too: its ends move the other way.
      for (const end of [line.a, line.b]) {
        bump(move, 2 * end, -(ux / len) * step * 0.15);
        bump(move, 2 * end + 1, -(uy / len) * step * 0.15);
      }
    });
  }
}

/** Adds this round's pushes apart of overlapping boxes (along the axis of least overlap) to `move`. */
function pushBoxesApart(nodes: readonly UntangleNode[], move: Float64Array, seen: [number, number][], g: Gaps): void {
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const p = nodes[i]!;
      const q = nodes[j]!;
      const ox = Math.min(p.x + p.box.right, q.x + q.box.right) - Math.max(p.x + p.box.left, q.x + q.box.left) + g.box;
      const oy = Math.min(p.y + p.box.bottom, q.y + q.box.bottom) - Math.max(p.y + p.box.top, q.y + q.box.top) + g.box;
      if (ox <= 0 || oy <= 0) continue;
      seen.push([i, j]);
      if (ox < oy) {
        const dir = p.x < q.x || (p.x === q.x && i < j) ? -1 : 1;
        bump(move, 2 * i, (dir * Math.min(ox, MAX_STEP)) / 2);
        bump(move, 2 * j, -(dir * Math.min(ox, MAX_STEP)) / 2);
      } else {
        const dir = p.y < q.y || (p.y === q.y && i < j) ? -1 : 1;
        bump(move, 2 * i + 1, (dir * Math.min(oy, MAX_STEP)) / 2);
        bump(move, 2 * j + 1, -(dir * Math.min(oy, MAX_STEP)) / 2);
      }
    }
  }
}

/** Whether actor i, where it is now, overlaps a box, sits on a line, or has a line of its own through another actor. */
function troubled(nodes: readonly UntangleNode[], lines: readonly UntangleLine[], i: number, g: Gaps): boolean {
  const onLines: [number, UntangleLine][] = [];
  const overlapping: [number, number][] = [];
  const move = new Float64Array(nodes.length * 2);
  pushOffLines(nodes, lines, move, onLines, g);
  pushBoxesApart(nodes, move, overlapping, g);
  return onLines.some(([n, l]) => n === i || l.a === i || l.b === i) || overlapping.some(([a, b]) => a === i || b === i);
}

/** Moves actor i to the nearest spot (on a widening spiral) where it troubles nothing; false if none was found. */
function relocate(nodes: UntangleNode[], lines: readonly UntangleLine[], i: number, g: Gaps): boolean {
  const n = nodes[i]!;
  const x0 = n.x;
  const y0 = n.y;
  for (let r = 8; r <= 400; r += 8) {
    const steps = Math.max(8, Math.round(r / 6));
    for (let k = 0; k < steps; k++) {
      const a = (2 * Math.PI * k) / steps;
      n.x = x0 + r * Math.cos(a);
      n.y = y0 + r * Math.sin(a);
      if (!troubled(nodes, lines, i, g)) return true;
    }
  }
  n.x = x0;
  n.y = y0;
  return false;
}

/**
 * Moves `nodes` in place until no actor sits on a line it does not end at and
 * no two boxes overlap, or `maxRounds` pass. Actors in `fixed` stay put.
 */
export function untangle(
  nodes: UntangleNode[],
  lines: readonly UntangleLine[],
  fixed: ReadonlySet<number> = new Set(),
  maxRounds = 1500,
  g: Gaps = DEFAULT_GAPS,
): UntangleResult {
  let onLines: [number, UntangleLine][] = [];
  let overlapping: [number, number][] = [];
  const move = new Float64Array(nodes.length * 2);
  for (let round = 0; round < maxRounds; round++) {
    onLines = [];
    overlapping = [];
    move.fill(0);
    pushOffLines(nodes, lines, move, onLines, g);
    pushBoxesApart(nodes, move, overlapping, g);
    if (onLines.length === 0 && overlapping.length === 0) return { crossings: 0, overlaps: 0, rounds: round + 1, onLines, overlapping };
    nodes.forEach((n, i) => {
      if (fixed.has(i)) return;
      const mx = move[2 * i]!;
      const my = move[2 * i + 1]!;
      const m = Math.hypot(mx, my);
      // Steps shrink over the rounds, so pushes that fight each other settle.
      const cap = 2 + MAX_STEP * (1 - round / maxRounds);
      const k = m > cap ? cap / m : 1;
      n.x += mx * k;
      n.y += my * k;
    });
  }
  // What the pushes could not settle: move the actors in trouble, one by one, to the nearest free spot.
  const stuck = [...new Set([...onLines.map(([n]) => n), ...overlapping.map(([, b]) => b)])].filter((i) => !fixed.has(i));
  for (const i of stuck) if (troubled(nodes, lines, i, g)) relocate(nodes, lines, i, g);
  onLines = [];
  overlapping = [];
  pushOffLines(nodes, lines, new Float64Array(nodes.length * 2), onLines, g);
  pushBoxesApart(nodes, new Float64Array(nodes.length * 2), overlapping, g);
  return { crossings: onLines.length, overlaps: overlapping.length, rounds: maxRounds, onLines, overlapping };
}

/** The box holding every actor's body and label. */
export function layoutExtent(nodes: readonly UntangleNode[]): { x1: number; y1: number; x2: number; y2: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    x1 = Math.min(x1, n.x + n.box.left);
    x2 = Math.max(x2, n.x + n.box.right);
    y1 = Math.min(y1, n.y + n.box.top);
    y2 = Math.max(y2, n.y + n.box.bottom);
  }
  return { x1, y1, x2, y2 };
}

/**
 * Pulls actors towards the middle one at a time, each only as far as it stays
 * clear (off lines, its lines off others, its box apart): the outer, sparse
 * parts of a picture close in around its dense core, which a uniform shrink
 * cannot do. `aspect` is the frame's width over its height, so the picture
 * closes in to that shape. Assumes a clean start (as untangle leaves it).
 */
export function squeeze(
  nodes: UntangleNode[],
  lines: readonly UntangleLine[],
  aspect: number,
  g: Gaps = DEFAULT_GAPS,
  passes = 60,
  home?: HomeRule,
): void {
  for (let pass = 0; pass < passes; pass++) {
    const step = Math.max(2, 24 * (1 - pass / passes));
    const { x1, x2, y1, y2 } = layoutExtent(nodes);
    const cx = (x1 + x2) / 2;
    const cy = (y1 + y2) / 2;
    // Distance from the middle in the frame's terms: a point at the frame's edge is 1 either way.
    const reach = (n: UntangleNode) => Math.max(Math.abs(n.x - cx) / aspect, Math.abs(n.y - cy));
    const order = nodes.map((_, i) => i).sort((a, b) => reach(nodes[b]!) - reach(nodes[a]!) || a - b);
    let moved = false;
    for (const i of order) {
      const n = nodes[i]!;
      const x0 = n.x;
      const y0 = n.y;
      const o = home ? (home.owner[i] ?? -1) : -1;
      const own = o >= 0 && o !== i ? nodes[o]! : null;
      const far = (x: number, y: number) => (own ? Math.hypot(x - own.x, y - own.y) : 0);
      const d0 = far(x0, y0);
      // An actor far from its own country is pulled towards it first (the picture tells whose side
      // each person is on); otherwise towards the middle, but never out past the bound from its country.
      const tx = own && d0 > home!.near ? own.x : cx;
      const ty = own && d0 > home!.near ? own.y : cy;
      const sx = Math.sign(tx - x0) * Math.min(step, Math.abs(tx - x0));
      const sy = Math.sign(ty - y0) * Math.min(step / aspect, Math.abs(ty - y0)) * aspect;
      for (const [dx, dy] of [
        [sx, sy],
        [sx, 0],
        [0, sy],
      ] as const) {
        if (dx === 0 && dy === 0) continue;
        n.x = x0 + dx;
        n.y = y0 + dy;
        if ((!own || far(n.x, n.y) <= Math.max(d0, home!.near)) && !troubled(nodes, lines, i, g)) {
          moved = true;
          break;
        }
        n.x = x0;
        n.y = y0;
      }
    }
    if (!moved && step <= 2) break;
  }
}

/** Keeps people and institutions near their own country: `owner[i]` is actor i's country (-1: none), `near` the distance within which it may sit anywhere. */
export interface HomeRule {
  owner: readonly number[];
  near: number;
}

/**
 * Moves each actor farther than `home.near` from its own country to the nearest clean spot around that
 * country (rings of growing radius, a fixed order of angles, only spots nearer than it is now), farthest actor first; an actor
 * with no clean spot there stays where it is. Assumes a clean start and leaves it clean.
 */
export function bringHome(nodes: UntangleNode[], lines: readonly UntangleLine[], home: HomeRule, g: Gaps = DEFAULT_GAPS): void {
  const gap = (i: number) => {
    const o = home.owner[i] ?? -1;
    return o >= 0 && o !== i ? Math.hypot(nodes[i]!.x - nodes[o]!.x, nodes[i]!.y - nodes[o]!.y) : 0;
  };
  const order = nodes.map((_, i) => i).filter((i) => gap(i) > home.near).sort((a, b) => gap(b) - gap(a) || a - b);
  for (const i of order) {
    const n = nodes[i]!;
    const own = nodes[home.owner[i]!]!;
    const x0 = n.x;
    const y0 = n.y;
    let found = false;
    const d0 = Math.hypot(x0 - own.x, y0 - own.y);
    for (let r = 24; r < d0 - 16 && !found; r += 8) {
      const steps = Math.max(12, Math.round(r / 5));
      // Start from the side the actor is on, so it moves as little as it can.
      const a0 = Math.atan2(y0 - own.y, x0 - own.x);
      for (let k = 0; k < steps && !found; k++) {
        const a = a0 + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * ((2 * Math.PI) / steps);
        n.x = own.x + r * Math.cos(a);
        n.y = own.y + r * Math.sin(a);
        found = !troubled(nodes, lines, i, g);
      }
    }
    if (!found) {
      n.x = x0;
      n.y = y0;
    }
  }
}
