/**
 * Bakes layout positions into a graph file (default data/graph.json), so the
 * app never runs a layout for the shipped data and every replay shows the
 * same picture. Run after editing the data: `npm run layout`. Only `x` and
 * `y` change; everything else in the file is written back as it was.
 *
 * Russia is anchored left, Vietnam in the centre and Ukraine right: the
 * picture then reads the way the sources frame the story (see computeLayout).
 * A second layout (tallX/tallY) is made for tall screens (a phone held
 * upright): Russia above, Ukraine below.
 * A few shapes are tried (deterministically) and the one whose labels come
 * out largest on a 1440×900 screen and in an exported picture is kept, among
 * those where the check pass left no actor on a line and no overlap. So a
 * small change to the data still gets a picture chosen by the same measure.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toModel } from '../src/data/toModel';
import { formatProblem, validateGraph } from '../src/data/validateGraph';
import { computeLayout, lastCheck, lastLabelSides, type LayoutTuning } from '../src/graph-view/computeLayout';
import { LABEL, NODE_SIZE, TALL_LABEL, labelSize } from '../src/graph-view/labelMetrics';
import { unionBox } from '../src/domain/labelPlacement';
import { countryDistance } from '../src/domain/countryDistance';
import { drawnName } from '../src/domain/shortLabel';
import type { LabelSide } from '../src/domain/vocabulary';
import type { TielineGraph } from '../src/domain/model';
import type { Positions } from '../src/graph-view/elements';

/** The graph area (1440×900 and 390×844 less header, legend and controls), the fit padding, a picture's width and padding. */
const SCREENS = {
  wide: { w: 1440, h: 565, pad: 28, picture: 1440 },
  tall: { w: 390, h: 530, pad: 6, picture: 390 },
};
const PICTURE_PAD = 24;
/** A phone's boxes are snug estimates of short labels: keep less space between them and off lines (model units, about 2 px on screen). */
const TALL_GAPS = { box: 5, line: 5 };
/** On a phone, squeezing keeps each person and institution within this distance of its own country (model units; the picture is about 560 wide). */
const HOME_NEAR = 100;
const CANDIDATES: Record<'wide' | 'tall', LayoutTuning[]> = {
  wide: [2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8].flatMap((aspect) => [0.5, 0.6, 0.8].map((gap) => ({ aspect, gap, orientation: 'wide' as const }))),
  // A phone draws short names, each label below or beside its actor (wherever it is freest).
  tall: [0.5, 0.6, 0.7, 0.8, 0.9].flatMap((aspect) =>
    [0.6, 0.8].flatMap((gap) =>
      [1, 0.75].map((edgeScale) => ({ aspect, gap, edgeScale, orientation: 'tall' as const, compact: true, shortNames: true, placeLabels: true, gaps: TALL_GAPS, homeNear: HOME_NEAR })),
    ),
  ),
};

/** Smallest label on the screen (px) and in a picture (% of its width), from the label boxes as drawn. */
function score(graph: TielineGraph, pos: Positions, screen: (typeof SCREENS)['wide'], sides: ReadonlyMap<string, LabelSide> | null): { screenPx: number; picturePct: number } {
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  for (const n of graph.nodes) {
    const p = pos.get(n.id)!;
    const body = NODE_SIZE[n.kind];
    const tall = screen === SCREENS.tall;
    const label = labelSize(drawnName(n, tall), n.kind, tall);
    // The estimate is on the safe side; drawn labels are about this much of it.
    const b = unionBox({ bodyW: body.w, bodyH: body.h, labelW: label.w * 0.85, labelH: label.h * 0.8 }, sides?.get(n.id) ?? 'below');
    x1 = Math.min(x1, p.x + b.left);
    x2 = Math.max(x2, p.x + b.right);
    y1 = Math.min(y1, p.y + b.top);
    y2 = Math.max(y2, p.y + b.bottom);
  }
  const smallest = Math.min(...graph.nodes.map((n) => (screen === SCREENS.tall ? TALL_LABEL : LABEL)[n.kind].size));
  const zoom = Math.min((screen.w - 2 * screen.pad) / (x2 - x1), (screen.h - 2 * screen.pad) / (y2 - y1));
  return { screenPx: smallest * zoom, picturePct: (100 * smallest * (screen.picture - 2 * PICTURE_PAD)) / (x2 - x1) / screen.picture };
}

// --tall-only: lay out the tall (phone) picture again and keep the stored wide one as it is.
const tallOnly = process.argv.includes('--tall-only');
const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'data/graph.json';
const raw = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { id: string; x?: number; y?: number; tallX?: number; tallY?: number; tallLabel?: LabelSide }[] };
const stored = new Map(raw.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
const storedTall = raw.nodes.map((n) => ({ x: n.tallX ?? 0, y: n.tallY ?? 0 }));
for (const n of raw.nodes) {
  delete n.x;
  delete n.y;
  delete n.tallX;
  delete n.tallY;
  delete n.tallLabel;
}
const result = validateGraph(raw);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  process.exit(1);
}
const graph = toModel(result.graph);
const anchors = { left: 'russia', centre: 'vietnam', right: 'ukraine' };
const ids = raw.nodes.map((n) => n.id);
let problems = 0;

/** Tries each shape for one screen; returns the best positions. */
function best(orientation: 'wide' | 'tall', target: number): { positions: Positions; sides: ReadonlyMap<string, LabelSide> | null } {
  const screen = SCREENS[orientation];
  let top: {
    positions: Positions; sides: ReadonlyMap<string, LabelSide> | null; check: NonNullable<typeof lastCheck>; tuning: LayoutTuning; s: ReturnType<typeof score>; value: number;
  } | null = null;
  for (const tuning of CANDIDATES[orientation]) {
    const positions = computeLayout(graph, anchors, tuning);
    const check = lastCheck!;
    const sides = lastLabelSides;
    const s = score(graph, positions, screen, sides);
    // Clean first; then the weaker of the two label targets (on screen, and 1.1% of a picture's width), relative to its target.
    const value = (check.crossings + check.overlaps === 0 ? 10 : 0) + Math.min(s.screenPx / target, s.picturePct / 1.1);
    console.log(`  ${orientation} aspect ${tuning.aspect}, gap ${tuning.gap}${tuning.edgeScale ? `, ties ×${tuning.edgeScale}` : ''}: screen label ${s.screenPx.toFixed(1)} px, picture label ${s.picturePct.toFixed(2)}%, on lines ${check.crossings}, overlaps ${check.overlaps}`);
    if (!top || value > top.value) top = { positions, sides, check, tuning, s, value };
  }
  const { check, tuning, s } = top!;
  console.log(`${orientation}: aspect ${tuning.aspect}, gap ${tuning.gap}${tuning.edgeScale ? `, ties ×${tuning.edgeScale}` : ''}; estimated smallest label ${s.screenPx.toFixed(1)} px on a ${screen.w} px wide screen, ${s.picturePct.toFixed(2)}% of a picture's width`);
  console.log(`  check pass: ${check.rounds} rounds; actors still on a line: ${check.crossings}; overlapping boxes: ${check.overlaps}`);
  for (const [n, line] of check.onLines) console.log(`  ${ids[n]} on the line ${ids[line.a]}–${ids[line.b]}`);
  for (const [a, b] of check.overlapping) console.log(`  ${ids[a]} and ${ids[b]} overlap`);
  problems += check.crossings + check.overlaps;
  if (s.screenPx < target || (orientation === 'wide' && s.picturePct < 1.1)) {
    console.log(`  warning: no shape reached ${target} px on screen and 1.1% in a picture; the picture check will say by how much`);
  }
  return { positions: top!.positions, sides: top!.sides };
}

const wide = tallOnly ? { positions: stored as Positions } : best('wide', 11);
const tall = best('tall', 12);
for (const n of raw.nodes) {
  const p = wide.positions.get(n.id);
  if (!p || p.x === undefined || p.y === undefined) throw new Error(`${n.id}: no stored wide position (run without --tall-only)`);
  const q = tall.positions.get(n.id)!;
  n.x = p.x;
  n.y = p.y;
  n.tallX = q.x;
  n.tallY = q.y;
  const side = tall.sides?.get(n.id);
  if (side && side !== 'below') n.tallLabel = side;
}
// How far each person and institution sits from its own country (the story's "close to the country it belongs to").
const owner = graph.nodes.map((n) => (n.kind === 'country' ? -1 : n.countryIndex));
const distance = (label: string, pts: { x: number; y: number }[]) => {
  const d = countryDistance(pts, owner);
  console.log(`${label}: actor to its country, mean ${d.mean.toFixed(2)}, max ${d.max.toFixed(2)} (${ids[d.far] ?? '-'}) of the layout's width`);
};
distance('stored tall (before this run)', storedTall);
distance('wide', ids.map((id) => wide.positions.get(id)!));
distance('tall', ids.map((id) => tall.positions.get(id)!));
writeFileSync(file, `${JSON.stringify(raw, null, 2)}\n`);
console.log(`${file}: wide and tall positions written for ${raw.nodes.length} nodes`);
if (problems) process.exitCode = 2;
