/**
 * Cytoscape elements, built once per loaded graph. Time, selection and
 * filters later change only classes on these elements.
 */
import type { ElementDefinition } from 'cytoscape';
import type { TielineGraph } from '../domain/model';
import { drawnLabel, drawnName } from '../domain/shortLabel';
import { looksOf } from '../domain/lineLooks';
import { heavyPairsOf, pairsOf } from '../domain/pairs';
import { classesOf, type LookOptions } from './lookClasses';
import { embedLabelSides } from './embedLabelSides';

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** Element ids are prefixed so node and edge ids from a file can never clash. */
export const nodeElementId = (index: number): string => `n${index}`;
export const edgeElementId = (index: number): string => `e${index}`;
/** Aggregate edge of a pair of actors (see aggregates.ts). */
export const pairElementId = (pair: number): string => `p${pair}`;

/** Every element's look (view engine flags) and the display options that pick classes. */
export interface ElementLook {
  edges: ArrayLike<number>;
  nodes: ArrayLike<number>;
  /** Per pair of actors: its look, and its count of interactions in view (drawn on the heavy pairs' lines). */
  pairs: ArrayLike<number>;
  pairCounts: ArrayLike<number>;
  options: LookOptions;
  /** The heavy pairs, as the view engine found them (else buildElements works them out). */
  heavy?: HeavyLines;
}

/** The pairs drawn as one line from the start (see MAX_PARALLEL_EDGES), and each edge's pair. */
export interface HeavyLines {
  pairOfEdge: ArrayLike<number>;
  ends: readonly (readonly [number, number])[];
  heavy: Uint8Array;
  list: readonly number[];
}

/** The heavy pairs of a graph, numbered as the view engine numbers pairs. */
export function heavyLinesOf(graph: TielineGraph): HeavyLines {
  const pairs = pairsOf(graph);
  return { ...pairs, ...heavyPairsOf(pairs) };
}

const NOTHING_IN_VIEW: LookOptions = { outClass: 'out', idleClass: 'idle' };

/** Whether the file stores a layout for tall screens (every node has one). */
export function hasTallLayout(graph: TielineGraph): boolean {
  return graph.nodes.length > 0 && graph.nodes.every((n) => n.tallPosition !== undefined);
}

/** Where each actor goes on a tall or a wide screen (the stored position for that shape, else the wide one). */
export function storedPosition(graph: TielineGraph, index: number, tall: boolean): { x: number; y: number } | undefined {
  const n = graph.nodes[index]!;
  return tall && hasTallLayout(graph) ? n.tallPosition : n.position;
}

/**
 * Builds every element, with the classes of `look` (see initialLook), or all
 * out of view when there is none. The edges of a heavy pair are not built:
 * the pair's one line with its count stands for them. `embed`: also work out
 * where a small embed puts each label (`eside-*`).
 */
export function buildElements(graph: TielineGraph, positions: Positions, look?: ElementLook, tall = false, embed = false): ElementDefinition[] {
  const heavy = look?.heavy ?? heavyLinesOf(graph);
  const out: ElementDefinition[] = [];
  const useTall = tall && hasTallLayout(graph);
  // Only an embed's stylesheet reads these sides: worked out elsewhere, they were a twentieth of a desktop load's script.
  const embedSides = embed && !useTall ? embedLabelSides(graph, positions) : null;
  for (const n of graph.nodes) {
    const position = (useTall ? n.tallPosition : n.position) ?? positions.get(n.id) ?? { x: 0, y: 0 };
    out.push({
      group: 'nodes',
      // `short`: the name small screens draw (their stylesheets label with it); `label` everywhere else.
      data: { id: nodeElementId(n.index), label: drawnLabel(n.label), short: drawnLabel(drawnName(n, true)), index: n.index },
      position: { x: position.x, y: position.y },
      // `side-*`: where the tall layout put the label, `eside-*`: where a small embed puts it (only their stylesheets read them).
      classes: `k-${n.kind} side-${n.tallLabel ?? 'below'} eside-${embedSides?.[n.index] ?? 'below'} ${classesOf('nodes', look?.nodes[n.index] ?? 0, look?.options ?? NOTHING_IN_VIEW)}`.trim(),
    });
  }
  for (const e of graph.edges) {
    if (heavy.heavy[heavy.pairOfEdge[e.index]!]) continue;
    const classes = [`k-${e.kind}`];
    const looks = classesOf('edges', look?.edges[e.index] ?? 0, look?.options ?? NOTHING_IN_VIEW);
    if (looks) classes.push(looks);
    if (e.directed) classes.push('directed');
    // Planned, disputed, abstained, affiliation: each has its own look (src/domain/lineLooks.ts).
    classes.push(...looksOf(e));
    out.push({
      group: 'edges',
      data: { id: edgeElementId(e.index), source: nodeElementId(e.source), target: nodeElementId(e.target), index: e.index },
      classes: classes.join(' '),
    });
  }
  for (const p of heavy.list) {
    const [a, b] = heavy.ends[p]!;
    const looks = classesOf('pairs', look?.pairs[p] ?? 0, look?.options ?? NOTHING_IN_VIEW);
    out.push(pairElement(a, b, p, look?.pairCounts[p] ?? 0, `agg heavy ${looks}`.trim()));
  }
  return out;
}

function pairElement(a: number, b: number, p: number, count: number, classes: string): ElementDefinition {
  return {
    group: 'edges',
    // The colour is set from the ties in view when the view attaches (AggregateView).
    data: { id: pairElementId(p), source: nodeElementId(a), target: nodeElementId(b), pair: p, count, countLabel: count > 1 ? String(count) : '', color: MIXED_COLOR },
    classes,
  };
}

/** A merged line of ties of more than one kind (the legend says so). */
export const MIXED_COLOR = '#5b6675';

/**
 * One edge per pair of actors, shown instead of the pair's interactions when
 * "Merge repeats" is on (but the heavy pairs', built with the others). Built only when the person first turns it on: on a
 * large graph nearly every interaction is its own pair, and building them up
 * front cost 14 MB at 5,000 edges and 140 MB at 50,000.
 */
export function buildPairElements(ends: readonly (readonly [number, number])[], skip?: Uint8Array): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  ends.forEach(([a, b], p) => {
    if (!skip?.[p]) out.push(pairElement(a, b, p, 0, 'agg agg-off'));
  });
  return out;
}
