/**
 * How a graph's size decides the way it is drawn: the thresholds and the
 * renderer choice. cytoscape (canvas 2D) draws the shipped data and smaller
 * graphs with every picture feature (exports, Merge repeats, kind dashes and
 * shapes); sigma.js (WebGL) draws large graphs without blocking the page,
 * with the certainty line styles, keyboard and camera. Pure and below the
 * store (the import controller asks it before any view exists), so it
 * imports neither renderer and choosing costs the first page nothing.
 */
import type { TielineGraph } from './model';
import { heavyPairsOf, pairsOf } from './pairs';

/**
 * From this many interactions on, the picture is an overview and drawing it
 * dominates each replay frame (profiled: cytoscape's canvas spends its frame
 * on label and node textures and on bezier edge geometry). Two of cytoscape's
 * own performance switches then pay (graph-view/stylesheet.ts); below it the
 * picture is unchanged. The import controller also builds the model and says
 * "Drawing…" a pass per task from here on.
 */
export const LARGE_GRAPH_EDGES = 2000;

/**
 * From this many lines drawn (interactions, a heavy pair's many counting as
 * its one line: see MAX_PARALLEL_EDGES), sigma draws the graph. Measured with the
 * bench (bench/results/latest.md, headless Chromium, software WebGL, 2 cores):
 * first drawn graph cytoscape/sigma 1,392/831 ms at 1,000 edges,
 * 2,628/1,149 ms at 5,000, 15,048/4,039 ms at 50,000 (and about 118 s, one
 * blocking task, for the dense 100,000-row file); but replay frames per
 * second favour cytoscape up to 5,000 (35/18 fps at 1,000, 10.4/5.8 at
 * 5,000), and cytoscape keeps the exports and Merge repeats. Past 10,000
 * interactions cytoscape's first draw is several seconds in one task (over
 * the 1 s budget of issue 14), so that is where sigma takes over.
 */
export const SIGMA_MIN_EDGES = 10_000;

/**
 * Up to this many lines, sigma makes a tap on a line select it and draws
 * lines with widths and arrow heads. Beyond it (a dense graph), plain lines
 * are 1 px GL lines and not tappable (an actor's ties are reached from its
 * details panel): on the dense 100,000-row file (software WebGL,
 * bench/pathological.mjs) edge picking cost about 3 s of the first frame,
 * and the thick/arrow programs made that frame 8.8–9.7 s against 2.0–2.2 s
 * with GL lines. Here, not in the sigma view, so the legend can say so.
 */
export const MAX_PICKABLE_EDGES = 30_000;

/** The renderer that draws a graph. */
export type RendererName = 'cytoscape' | 'sigma';

const lineCounts = new WeakMap<TielineGraph, number>();

/** How many lines a graph draws: its interactions, a heavy pair's counted once. Computed once per graph. */
export function drawnLineCount(graph: TielineGraph): number {
  let lines = lineCounts.get(graph);
  if (lines !== undefined) return lines;
  if (graph.edges.length < SIGMA_MIN_EDGES) lines = graph.edges.length; // no need to look closer
  else {
    const pairs = pairsOf(graph);
    const { heavy, list } = heavyPairsOf(pairs);
    lines = list.length;
    for (let i = 0; i < graph.edges.length; i++) if (!heavy[pairs.pairOfEdge[i]!]) lines++;
  }
  lineCounts.set(graph, lines);
  return lines;
}

/** The renderer for a graph of this size. */
export function rendererFor(graph: TielineGraph): RendererName {
  return drawnLineCount(graph) >= SIGMA_MIN_EDGES ? 'sigma' : 'cytoscape';
}
