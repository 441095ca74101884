/**
 * The view engine's look flags (src/domain/viewLooks.ts) as graphology
 * attributes for sigma: the sigma counterpart of lookClasses.ts. Pure, so it
 * is tested without WebGL. Colours and sizes follow the cytoscape
 * stylesheet's meaning: out of view hidden (or faint), idle actors dimmed
 * (or hidden), the selection and paths drawn over a faded rest.
 */
import type { Interaction } from '../../domain/model';
import * as L from '../../domain/viewLooks';
import { EDGE_KIND_INFO, NODE_KIND_INFO, type NodeKind } from '../../domain/vocabulary';
import { edgeTypeOf, type SigmaEdgeType } from './edgeTypes';

/** The display switches that change how a look is drawn. */
export interface SigmaLookOptions {
  /** Ties out of view are drawn faint instead of hidden. */
  ghostOut: boolean;
  /** Actors with nothing in view are hidden instead of dimmed. */
  hideIdle: boolean;
  /** Line widths are multiplied by this (1 when absent): see lineScaleFor. */
  lineScale?: number;
  /** Size by activity: an actor's size follows its number of ties in view. */
  sized?: boolean;
}

/**
 * Thinner lines the more there are: a dense graph is a mesh either way, and
 * without a GPU (software WebGL) drawing time grows with the pixels filled:
 * the dense 100,000-row file's first frame took about 12 s with 1.5 px lines.
 */
export function lineScaleFor(lines: number): number {
  return Math.min(1, Math.max(0.2, 15_000 / Math.max(1, lines)));
}

export interface NodeAttrs {
  color: string;
  size: number;
  hidden: boolean;
  highlighted: boolean;
  zIndex: number;
}

export interface EdgeAttrs {
  color: string;
  size: number;
  hidden: boolean;
  zIndex: number;
}

/** An interaction's line: its look, and the type (program) that draws its style. */
export interface InteractionAttrs extends EdgeAttrs {
  type: SigmaEdgeType;
}

export const NODE_SIZE: Record<NodeKind, number> = { country: 6, person: 3.5, institution: 4.5 };
const FADED_ALPHA = 0.15;
const IDLE_ALPHA = 0.28;

/** `hex` at `alpha` over white, as an opaque colour (sigma draws opaque fastest). */
export function fade(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c * alpha + 255 * (1 - alpha));
  return `rgb(${mix((n >> 16) & 255)}, ${mix((n >> 8) & 255)}, ${mix(n & 255)})`;
}

/** Whether a look means "drawn behind": something else is selected, or a path is shown without it. */
function isFaded(look: number): boolean {
  return (look & (L.FADED | L.OFF_PATH | L.OUTSIDE)) !== 0;
}

/** An actor's radius for a number of ties in view (Size by activity): the cytoscape view's activitySize, at sigma's scale. */
export function activityNodeSize(degree: number): number {
  return Math.min(18, 2.5 + 1.5 * Math.sqrt(degree));
}

/** How an actor with `look` (and `degree` ties in view, for Size by activity) is drawn. */
export function nodeAttrs(look: number, kind: NodeKind, o: SigmaLookOptions, degree = 0): NodeAttrs {
  const base = NODE_KIND_INFO[kind].color;
  const active = (look & L.ACTIVE) !== 0;
  const emphasised = (look & (L.SELECTED | L.ON_PATH)) !== 0;
  const hidden = (look & L.FILTERED) !== 0 || (!active && o.hideIdle && !emphasised);
  const color = emphasised ? base : isFaded(look) ? fade(base, FADED_ALPHA) : active ? base : fade(base, IDLE_ALPHA);
  const own = o.sized ? activityNodeSize(degree) : NODE_SIZE[kind];
  const size = (look & L.SELECTED) !== 0 ? Math.max(own * 1.3, NODE_SIZE[kind] * 1.8) : own;
  return { color, size, hidden, highlighted: (look & L.SELECTED) !== 0, zIndex: emphasised ? 2 : isFaded(look) ? 0 : 1 };
}

/**
 * Widths of styled lines against a plain one: a hollow line needs room for
 * its core, dots need a width to be round (cytoscape: 2.4 + 2 × 1.6 outline,
 * and 2.6, against 2). They are never thinned in dense graphs, so the style
 * still shows where every other line is a 1 px hairline.
 */
const STYLED_WIDTH = { planned: 1.4, disputed: 2.2, possible: 1 } as const;

/** How an interaction with `look` is drawn, its style (planned, disputed, possibly in view) as its edge type. */
export function edgeAttrs(look: number, e: Pick<Interaction, 'kind' | 'status' | 'directed'>, o: SigmaLookOptions): InteractionAttrs {
  const type = edgeTypeOf(look, e.status, e.directed);
  const styled = type !== 'line' && type !== 'arrow';
  const attrs = lineAttrs(look, EDGE_KIND_INFO[e.kind].color, styled ? { ...o, lineScale: 1 } : o);
  const widen = e.status === 'disputed' ? STYLED_WIDTH.disputed : e.status === 'planned' ? STYLED_WIDTH.planned : STYLED_WIDTH.possible;
  return { ...attrs, size: styled ? attrs.size * widen : attrs.size, type };
}

/** How a line of colour `base` with `look` is drawn: an interaction's, or (through pairLineAttrs) a heavy pair's. */
export function lineAttrs(look: number, base: string, o: SigmaLookOptions): EdgeAttrs {
  const shown = (look & L.SHOWN) !== 0;
  const emphasised = (look & (L.SELECTED | L.ON_PATH)) !== 0;
  if (!shown) return { color: fade(base, 0.12), size: 1, hidden: !o.ghostOut, zIndex: 0 };
  const color = emphasised ? base : isFaded(look) ? fade(base, FADED_ALPHA) : (look & L.POSSIBLE) !== 0 ? fade(base, 0.5) : base;
  const size = (emphasised ? 3.5 : (look & L.FRESH) !== 0 ? 3 : (look & L.RECENT) !== 0 ? 2.2 : 1.5) * (emphasised ? 1 : (o.lineScale ?? 1));
  return { color, size, hidden: false, zIndex: emphasised ? 2 : isFaded(look) ? 0 : 1 };
}

/**
 * A heavy pair's line width in screen pixels for `count` of its interactions
 * in view: the cytoscape stylesheet's `mapData(count, 1, 12, 2, 14)` (1 → 2 px,
 * 12 or more → 14 px, linear between, clamped). sigma's edge `size` is the
 * line's full thickness in CSS pixels at camera ratio 1 (the whole graph
 * fitted), as cytoscape's `width` is at zoom 1, so the numbers carry over;
 * zoomed in, sigma widens lines with the square root of the zoom, cytoscape
 * in proportion to it.
 */
export function pairLineWidth(count: number): number {
  return Math.min(14, Math.max(2, 2 + ((count - 1) * 12) / 11));
}

/**
 * How a heavy pair's line (of colour `base`, see pairLineColor) with `look`
 * and `count` interactions in view is drawn: as any line, its width the
 * count's (pairLineWidth), never thinned in dense graphs (the width is the
 * count) and never thinner than the look draws a line (a selected one).
 */
export function pairLineAttrs(look: number, base: string, count: number, o: SigmaLookOptions): EdgeAttrs {
  const attrs = lineAttrs(look, base, { ...o, lineScale: 1 });
  if ((look & L.SHOWN) === 0) return attrs;
  return { ...attrs, size: Math.max(attrs.size, pairLineWidth(count)) };
}
