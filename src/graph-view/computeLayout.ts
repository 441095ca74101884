/**
 * One layout over the union of all actors and interactions, computed once,
 * so a replay never moves a node. Deterministic: the same graph always gives
 * the same positions (fcose's start drawn from a seeded generator).
 *
 * Designed for a story of one country between two sides: with anchors, the
 * centre country sits in the middle, the left and right countries on one
 * line with it, and each actor that belongs to a side stays on its side
 * (fcose alignment and relative-placement constraints). Every actor keeps
 * room for its label, and a check pass (untangle) then moves actors off
 * lines that are not theirs and pulls boxes apart.
 *
 * Loaded on demand: the shipped graph stores its positions, so the first page
 * never needs this code.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { TielineGraph } from '../domain/model';
import type { Positions } from './elements';
import { seededRandom } from '../domain/seededRandom';
import { untangle, type Gaps, type UntangleLine, type UntangleNode, type UntangleResult } from '../domain/untangle';
import { tighten, type LaidNode, type Placer } from './compactLayout';
import { LABEL_MARGIN_Y, NODE_SIZE, PARALLEL_STEP, labelSize } from './labelMetrics';
import { placeLabels, unionBox } from '../domain/labelPlacement';
import { drawnName } from '../domain/shortLabel';
import type { LabelSide } from '../domain/vocabulary';

let registered = false;
/** The width-to-height ratio the picture aims for (a wide screen's graph area, with room for a caption). */
const WIDE_ASPECT = 2.5;

/** Knobs the layout script may try (scripts/layout.ts picks the best picture among a few). */
export interface LayoutTuning {
  /** Width-to-height ratio to aim for. */
  aspect?: number;
  /** Least distance between the anchors, as a share of the layout's radius. */
  gap?: number;
  /** 'tall' (a phone held upright): the sides above and below the centre instead of left and right. */
  orientation?: 'wide' | 'tall';
  /**
   * Tighten the picture after the check pass: shrink it towards its middle step by step, running the
   * check pass again each time, while that leaves it clean and smaller. A phone's picture is fitted to a
   * fixed frame, so white space between actors costs label size directly.
   */
  compact?: boolean;
  /**
   * While compacting, each person and institution is pulled back to within this distance (model units)
   * of its own country and never squeezed out past it (domain/untangle.ts squeeze); no bound when absent.
   */
  homeNear?: number;
  /** Size labels by the actors' short names (what a small screen draws: domain/shortLabel.ts drawnName). */
  shortNames?: boolean;
  /**
   * Place each label below, beside or above its actor, wherever it is freest (domain/labelPlacement.ts),
   * before each check pass; the sides chosen are in `lastLabelSides`.
   */
  placeLabels?: boolean;
  /** Space kept between boxes and between a line and an actor, in model units (untangle's defaults when absent). */
  gaps?: Gaps;
  /** Scales fcose's ideal tie lengths (short names need less room between actors); 1 when absent. */
  edgeScale?: number;
}

/** Anchors that give the picture a stable reading: one country left, one centre, one right. */
export interface LayoutAnchors {
  left?: string;
  centre?: string;
  right?: string;
}

/** What the check pass left, for the layout script to report. */
export let lastCheck: UntangleResult | null = null;
/** Where the last layout with `placeLabels` put each label (by actor id); null otherwise. */
export let lastLabelSides: Map<string, LabelSide> | null = null;

interface Pair {
  s: number;
  t: number;
  /** Interactions between the pair (all time). */
  n: number;
  /** Layout-only tie of an actor to its own country. */
  own: boolean;
}

function pairsOf(graph: TielineGraph): Map<string, Pair> {
  const pairs = new Map<string, Pair>();
  const add = (a: number, b: number, own: boolean) => {
    const [s, t] = a < b ? [a, b] : [b, a];
    const key = `${s}-${t}`;
    const p = pairs.get(key);
    if (p) {
      if (own) p.own = true;
      else p.n++;
    } else pairs.set(key, { s, t, n: own ? 0 : 1, own });
  };
  for (const e of graph.edges) if (e.source !== e.target) add(e.source, e.target, false);
  // Officials and institutions gather near the state they serve.
  for (const n of graph.nodes) if (n.countryIndex >= 0 && n.countryIndex !== n.index) add(n.index, n.countryIndex, true);
  return pairs;
}

/** The box an actor and its label take, relative to its centre. */
function boxOf(graph: TielineGraph, i: number, tall: boolean, short: boolean): UntangleNode['box'] & { w: number; h: number; radius: number } {
  const n = graph.nodes[i]!;
  const body = NODE_SIZE[n.kind];
  const label = labelSize(drawnName(n, short), n.kind, tall);
  const w = Math.max(body.w, label.w);
  return { left: -w / 2, right: w / 2, top: -body.h / 2, bottom: body.h / 2 + LABEL_MARGIN_Y + label.h, w, h: body.h + LABEL_MARGIN_Y + label.h, radius: body.w / 2 };
}

/** Computes positions for every node; pairs with many interactions are pulled closer. */
export function computeLayout(graph: TielineGraph, anchors: LayoutAnchors = {}, tuning: LayoutTuning = {}): Positions {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const rand = seededRandom(graph.nodes.length * 7919 + graph.edges.length);
  const pairs = [...pairsOf(graph).values()];
  const short = tuning.shortNames === true;
  const boxes = graph.nodes.map((n) => boxOf(graph, n.index, tuning.orientation === 'tall', short));
  const radius = 60 * Math.sqrt(graph.nodes.length + 1);
  const id = (i: number) => `n${i}`;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Without this the constructor runs the default "null" layout, which puts every node at (0, 0):
    // fcose then starts from one point and pushes everything out along a diagonal line.
    layout: { name: 'preset' },
    // Each node's box includes its label, so labels do not overlap either.
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...graph.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: id(n.index), w: boxes[n.index]!.w + 4, h: boxes[n.index]!.h + 4 },
        position: { x: (rand() - 0.5) * 2 * radius, y: (rand() - 0.5) * 2 * radius },
      })),
      ...pairs.map((p, k) => ({
        group: 'edges' as const,
        data: { id: `p${k}`, source: id(p.s), target: id(p.t), n: p.n, own: p.own },
      })),
    ],
  });
  const indexOf = (key: string | undefined) => (key === undefined ? undefined : graph.nodeIndex.get(key));
  const left = indexOf(anchors.left);
  const centre = indexOf(anchors.centre);
  const right = indexOf(anchors.right);
  const order = [left, centre, right].filter((x) => x !== undefined);
  const gap = radius * (tuning.gap ?? 0.6);
  const tall = tuning.orientation === 'tall';
  type Relative = { left: string; right: string; gap: number } | { top: string; bottom: string; gap: number };
  /** `a` before `b` along the story's axis (left to right, or top to bottom on a tall screen). */
  const before = (a: number, b: number, g: number): Relative => (tall ? { top: id(a), bottom: id(b), gap: g } : { left: id(a), right: id(b), gap: g });
  /** `a` beside the axis from `b` (above it on a wide screen, to its left on a tall one). */
  const aside = (a: number, b: number, g: number): Relative => (tall ? { left: id(a), right: id(b), gap: g } : { top: id(a), bottom: id(b), gap: g });
  const relative: Relative[] = order.slice(1).map((r, k) => before(order[k]!, r, gap));
  // Each side's own people and institutions stay on that side of the centre.
  if (centre !== undefined) {
    for (const n of graph.nodes) {
      if (n.index === left || n.index === right || n.index === centre) continue;
      if (left !== undefined && n.countryIndex === left) relative.push(before(n.index, centre, gap * 0.35));
      if (right !== undefined && n.countryIndex === right) relative.push(before(centre, n.index, gap * 0.35));
    }
  }
  // The two sides on one line, the centre off it: the ties between the sides (a war) then pass
  // beside the centre country instead of through it.
  const sides = [left, right].filter((x) => x !== undefined);
  const aligned = sides.length > 1 ? [sides.map(id)] : undefined;
  if (centre !== undefined) for (const s of sides) relative.push(aside(s, centre, gap * 0.45));
  // fcose's spectral start (randomize: true) gives far better pictures than a
  // random start, but draws from Math.random: seed it for the run, so the same
  // graph always gives the same picture.
  const realRandom = Math.random;
  Math.random = seededRandom(graph.nodes.length * 104729 + graph.edges.length * 7);
  try {
    runFcose(cy, relative, aligned, tall, tuning.edgeScale ?? 1);
  } finally {
    Math.random = realRandom;
  }
  // Screens are wide: bring the picture to a wide shape, half by widening and half by flattening
  // (the check pass below separates what flattening brings too close).
  // (A tall screen: the same towards a tall shape.)
  const bb = cy.nodes().boundingBox({});
  const aspect = tuning.aspect ?? (tall ? 1 / WIDE_ASPECT : WIDE_ASPECT);
  const ratio = bb.h > 0 && bb.w > 0 ? Math.min(4, Math.max(0.25, (aspect * bb.h) / bb.w)) : 1;
  const stretch = Math.sqrt(ratio);
  const nodes: LaidNode[] = graph.nodes.map((n) => {
    const p = cy.getElementById(id(n.index)).position();
    const b = boxes[n.index]!;
    return { x: p.x * stretch, y: p.y / stretch, radius: b.radius, box: b };
  });
  cy.destroy();
  const lines: UntangleLine[] = pairs.filter((p) => p.n > 0).map((p) => ({ a: p.s, b: p.t, halfWidth: ((p.n - 1) / 2) * PARALLEL_STEP + 1.5 }));
  let place: Placer | undefined;
  if (tuning.placeLabels) {
    const sized = graph.nodes.map((n) => ({ bodyW: NODE_SIZE[n.kind].w, bodyH: NODE_SIZE[n.kind].h, ...sizeOf(labelSize(drawnName(n, short), n.kind, tall)) }));
    place = (at) => {
      const chosen = placeLabels(
        at.map((p, i) => ({ x: p.x, y: p.y, ...sized[i]! })),
        lines,
        tall ? 0.7 : aspect,
      );
      chosen.forEach((side, i) => {
        at[i]!.side = side;
        at[i]!.box = unionBox(sized[i]!, side);
      });
    };
    place(nodes);
  }
  lastCheck = untangle(nodes, lines, new Set(), 1500, tuning.gaps);
  if (tuning.compact) {
    const home = tuning.homeNear === undefined ? undefined : { owner: graph.nodes.map((n) => (n.kind === 'country' ? -1 : n.countryIndex)), near: tuning.homeNear };
    lastCheck = tighten(nodes, lines, lastCheck, place, tuning.gaps, tall ? 0.7 : aspect, home);
  }
  // The sides that go with the positions kept (compacting keeps the boxes of the last clean step).
  lastLabelSides = place ? new Map(graph.nodes.map((n) => [n.id, nodes[n.index]!.side ?? 'below'])) : null;
  // The centre country at the origin: small changes elsewhere leave the middle of the picture where it was.
  const origin = centre !== undefined ? nodes[centre]! : { x: 0, y: 0 };
  const ox = origin.x;
  const oy = origin.y;
  const out = new Map<string, { x: number; y: number }>();
  for (const n of graph.nodes) out.set(n.id, { x: Math.round(nodes[n.index]!.x - ox), y: Math.round(nodes[n.index]!.y - oy) });
  return out;
}

const sizeOf = (s: { w: number; h: number }) => ({ labelW: s.w, labelH: s.h });

function runFcose(cy: cytoscape.Core, relative: object[], aligned: string[][] | undefined, tall: boolean, scale: number): void {
  cy.layout({
    name: 'fcose',
    randomize: true,
    animate: false,
    quality: 'proof',
    nodeDimensionsIncludeLabels: false,
    nodeSeparation: 20,
    // Short ties to one's own country; many interactions pull a pair closer.
    idealEdgeLength: (edge: { data(k: string): unknown }) =>
      scale * (edge.data('own') && !edge.data('n') ? 60 : Math.max(90, 140 - 10 * Number(edge.data('n')))),
    edgeElasticity: (edge: { data(k: string): unknown }) => (edge.data('own') ? 0.6 : 0.45),
    nodeRepulsion: () => 7000,
    gravity: 0.3,
    gravityRange: 3.8,
    numIter: 5000,
    tile: true,
    relativePlacementConstraint: relative.length ? relative : undefined,
    alignmentConstraint: aligned ? (tall ? { vertical: aligned } : { horizontal: aligned }) : undefined,
  } as cytoscape.LayoutOptions).run();
}
