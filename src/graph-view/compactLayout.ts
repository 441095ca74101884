/**
 * Tightening a clean layout for a screen whose frame is fixed (a phone): white
 * space between actors costs label size there directly. First a uniform
 * shrink along the side that decides the zoom, then the sparse outer actors
 * pulled in one at a time (untangle's squeeze), labels placed again between
 * rounds. Every step keeps the check pass clean or is undone.
 */
import { bringHome, layoutExtent, squeeze, untangle, type Gaps, type HomeRule, type UntangleLine, type UntangleNode, type UntangleResult } from '../domain/untangle';
import type { LabelSide } from '../domain/vocabulary';

/** An actor in the layout, with the side its label is on when labels are placed. */
export type LaidNode = UntangleNode & { side?: LabelSide };
/** Chooses label sides for the actors where they are now and gives each the box of its body and label on that side. */
export type Placer = (nodes: LaidNode[]) => void;

/** Shrinks a clean layout while the check pass keeps it clean and the picture gets smaller (see LayoutTuning.compact). */
function compactLayout(nodes: LaidNode[], lines: readonly UntangleLine[], check: UntangleResult, place?: Placer, gaps?: Gaps): UntangleResult {
  // The frame is about 0.7 as wide as it is high: the side that reaches its edge first decides the zoom.
  const size = (b: ReturnType<typeof layoutExtent>) => Math.max(b.x2 - b.x1, (b.y2 - b.y1) * 0.7);
  let best = check;
  if (best.crossings + best.overlaps > 0) return best;
  // Shrink the deciding side by `factor` and let the other grow a little (it has room to spare: the
  // space it gives makes the check pass's work easier); a step the check pass cannot clean is tried
  // again with half the shrink, down to a step too small to matter.
  let factor = 0.9;
  for (let step = 0; step < 40 && factor < 0.99; step++) {
    const before = layoutExtent(nodes);
    const cx = (before.x1 + before.x2) / 2;
    const cy = (before.y1 + before.y2) / 2;
    const widthDecides = before.x2 - before.x1 >= (before.y2 - before.y1) * 0.7;
    const grow = 1 + (1 - factor) * 0.6;
    const fx = widthDecides ? factor : grow;
    const fy = widthDecides ? grow : factor;
    const trial = nodes.map((n) => ({ ...n, x: cx + (n.x - cx) * fx, y: cy + (n.y - cy) * fy }));
    place?.(trial);
    const result = untangle(trial, lines, new Set(), 600, gaps);
    if (result.crossings + result.overlaps > 0 || size(layoutExtent(trial)) >= size(before) - 1) {
      factor = 1 - (1 - factor) / 2;
      continue;
    }
    trial.forEach((t, i) => Object.assign(nodes[i]!, { x: t.x, y: t.y, box: t.box, side: t.side }));
    best = result;
  }
  return best;
}

/**
 * Compacts (above), then closes the sparse outer parts in around the dense middle, placing the labels
 * again in between; `frame` is the frame's width over its height; `home` keeps each actor near its
 * own country while it is pulled in. Returns the last check.
 */
export function tighten(
  nodes: LaidNode[],
  lines: readonly UntangleLine[],
  check: UntangleResult,
  place: Placer | undefined,
  gaps: Gaps | undefined,
  frame: number,
  home?: HomeRule,
): UntangleResult {
  let last = compactLayout(nodes, lines, check, place, gaps);
  if (last.crossings + last.overlaps > 0) return last;
  for (let round = 0; round < 3; round++) {
    if (home) bringHome(nodes, lines, home, gaps);
    squeeze(nodes, lines, frame, gaps, 60, home);
    if (!place) break;
    const before = nodes.map((n) => ({ x: n.x, y: n.y, box: n.box, side: n.side }));
    place(nodes);
    const next = untangle(nodes, lines, new Set(), 600, gaps);
    if (next.crossings + next.overlaps > 0) {
      // The new sides did not settle: keep the old ones (the squeezed layout was clean with them).
      before.forEach((b, i) => Object.assign(nodes[i]!, b));
      break;
    }
    last = next;
  }
  return last;
}
