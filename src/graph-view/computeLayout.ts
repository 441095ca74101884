/**
 * One layout over the union of all actors and interactions, computed once,
 * so a replay never moves a node. Deterministic: the same graph always gives
 * the same positions (fcose's start drawn from a seeded generator).
 *
 * Loaded on demand: the shipped graph stores its positions, so the first page
 * never needs this code.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { TielineGraph } from '../domain/model';
import type { Positions } from './elements';
import { seededRandom } from '../domain/seededRandom';

let registered = false;
/** The width-to-height ratio the picture aims for (a 1440×900 screen's graph area). */
const WIDE_ASPECT = 2.3;

/** Anchors that give the picture a stable reading: one country left, one centre, one right. */
export interface LayoutAnchors {
  left?: string;
  centre?: string;
  right?: string;
}

/** Computes positions for every node; pairs with many interactions are pulled closer. */
export function computeLayout(graph: TielineGraph, anchors: LayoutAnchors = {}): Positions {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const rand = seededRandom(graph.nodes.length * 7919 + graph.edges.length);
  const pairs = new Map<string, { s: number; t: number; w: number }>();
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    const [s, t] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${s}-${t}`;
    const p = pairs.get(key);
    if (p) p.w++;
    else pairs.set(key, { s, t, w: 1 });
  }
  // Layout-only ties from each actor to its own country, so officials gather near the state they serve.
  for (const n of graph.nodes) {
    if (n.countryIndex < 0 || n.countryIndex === n.index) continue;
    const [s, t] = n.index < n.countryIndex ? [n.index, n.countryIndex] : [n.countryIndex, n.index];
    const key = `${s}-${t}`;
    const p = pairs.get(key);
    if (p) p.w++;
    else pairs.set(key, { s, t, w: 1 });
  }
  const radius = 60 * Math.sqrt(graph.nodes.length + 1);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Without this the constructor runs the default "null" layout, which puts every node at (0, 0):
    // fcose then starts from one point and pushes everything out along a diagonal line.
    layout: { name: 'preset' },
    // Each node's box includes an estimate of its label, so labels do not overlap either.
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...graph.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: `n${n.index}`, w: Math.max(44, Math.min(n.label.length, 18) * 7.5), h: n.label.length > 18 ? 78 : 62 },
        position: { x: (rand() - 0.5) * 2 * radius, y: (rand() - 0.5) * 2 * radius },
      })),
      ...[...pairs.values()].map((p, k) => ({
        group: 'edges' as const,
        data: { id: `p${k}`, source: `n${p.s}`, target: `n${p.t}`, w: p.w },
      })),
    ],
  });
  // Anchors fix only the left-to-right order, leaving the forces free to place everything else.
  const elementOf = (id: string | undefined) => {
    const i = id === undefined ? undefined : graph.nodeIndex.get(id);
    return i === undefined ? undefined : `n${i}`;
  };
  const order = [elementOf(anchors.left), elementOf(anchors.centre), elementOf(anchors.right)].filter((x) => x !== undefined);
  const relative = order.slice(1).map((right, k) => ({ left: order[k]!, right, gap: radius * 0.9 }));
  // fcose's spectral start (randomize: true) gives far better pictures than a
  // random start, but draws from Math.random: seed it for the run, so the same
  // graph always gives the same picture.
  const realRandom = Math.random;
  Math.random = seededRandom(graph.nodes.length * 104729 + graph.edges.length * 7);
  try {
    runFcose(cy, relative);
  } finally {
    Math.random = realRandom;
  }
  // Screens are wide: stretch a tall picture sideways (stretching never creates overlaps).
  const box = cy.nodes().boundingBox({});
  const stretch = box.h > 0 ? Math.min(2.2, Math.max(1, (WIDE_ASPECT * box.h) / Math.max(1, box.w))) : 1;
  const out = new Map<string, { x: number; y: number }>();
  for (const n of graph.nodes) {
    const p = cy.getElementById(`n${n.index}`).position();
    out.set(n.id, { x: Math.round(p.x * stretch), y: Math.round(p.y) });
  }
  cy.destroy();
  return out;
}

function runFcose(cy: cytoscape.Core, relative: { left: string; right: string; gap: number }[]): void {
  cy.layout({
    name: 'fcose',
    randomize: true,
    animate: false,
    quality: 'proof',
    nodeDimensionsIncludeLabels: false,
    nodeSeparation: 60,
    idealEdgeLength: (edge: { data(k: string): number }) => Math.max(70, 130 - 8 * edge.data('w')),
    nodeRepulsion: () => 22000,
    gravity: 0.15,
    gravityRange: 4,
    numIter: 5000,
    tile: true,
    relativePlacementConstraint: relative.length ? relative : undefined,
  } as cytoscape.LayoutOptions).run();
}
