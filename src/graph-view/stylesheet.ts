/**
 * The cytoscape stylesheet, built once from the vocabulary as a module
 * constant, so react-cytoscapejs never sees a new object and never re-applies it.
 */
import type { StylesheetJsonBlock } from 'cytoscape';
import { EDGE_KINDS, EDGE_KIND_INFO, NODE_KINDS, NODE_KIND_INFO } from '../domain/vocabulary';
import { EMBED_LABEL, LABEL, LABEL_MARGIN_Y, NODE_SIZE, PARALLEL_STEP, TALL_LABEL } from './labelMetrics';
import { LINE_LOOK_INFO } from '../domain/lineLooks';
import { LARGE_GRAPH_EDGES } from '../domain/drawingScale';

export const LABEL_FONT = '"Inter", "Noto Sans", "DejaVu Sans", system-ui, sans-serif';


function nodeKindStyles(): StylesheetJsonBlock[] {
  return NODE_KINDS.map((kind) => ({
    selector: `node.k-${kind}`,
    style: {
      shape: NODE_KIND_INFO[kind].shape,
      'background-color': NODE_KIND_INFO[kind].color,
      width: NODE_SIZE[kind].w,
      height: NODE_SIZE[kind].h,
      'font-size': LABEL[kind].size,
      'font-weight': LABEL[kind].weight,
      'text-max-width': `${LABEL[kind].maxWidth}px`,
      'text-transform': LABEL[kind].upper ? 'uppercase' : 'none',
    },
  }));
}

function edgeKindStyles(): StylesheetJsonBlock[] {
  return EDGE_KINDS.map((kind) => ({
    selector: `edge.k-${kind}`,
    style: {
      'line-color': EDGE_KIND_INFO[kind].color,
      'target-arrow-color': EDGE_KIND_INFO[kind].color,
      'line-style': EDGE_KIND_INFO[kind].line,
    },
  }));
}

/** Disputed lines are hollow: an outline in the kind's colour around a white core. */
function disputedStyles(): StylesheetJsonBlock[] {
  return EDGE_KINDS.map((kind) => ({
    selector: `edge.k-${kind}.disputed`,
    style: { 'line-color': '#ffffff', 'line-outline-width': 1.6, 'line-outline-color': EDGE_KIND_INFO[kind].color, 'line-style': 'solid', width: 2.4 },
  }));
}

/** Certainty and affiliation looks (src/domain/lineLooks.ts), over the kind's look. */
const LOOK = LINE_LOOK_INFO;
const LINE_LOOK_RULES: StylesheetJsonBlock[] = [
  { selector: 'edge.planned', style: { 'line-style': 'dashed', 'line-dash-pattern': LOOK.planned.dash, 'line-cap': 'round', width: 2.6 } },
  ...disputedStyles(),
  { selector: 'edge.abstain', style: { 'target-arrow-shape': 'tee', 'arrow-scale': 1.1 } },
  // Affiliations: thin and grey, bent a little off the straight line, so they read apart from interactions.
  {
    selector: 'edge.affiliation',
    style: { 'line-color': LOOK.affiliation.color!, 'target-arrow-color': LOOK.affiliation.color!, 'line-style': 'solid', width: 1.1, 'arrow-scale': 0.6 },
  },
  // Possibly in view (the engine sets the class): faint and broken.
  { selector: 'edge.possible', style: { opacity: 0.5, 'line-style': 'dashed', 'line-dash-pattern': LOOK.possible.dash } },
];

export const GRAPH_STYLESHEET: StylesheetJsonBlock[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': LABEL_FONT,
      color: '#1d2430',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': LABEL_MARGIN_Y,
      'text-wrap': 'wrap',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2.5,
      'border-color': '#ffffff',
      'border-width': 2,
      'transition-property': 'opacity',
      'transition-duration': 0,
    },
  },
  ...nodeKindStyles(),
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'control-point-step-size': PARALLEL_STEP,
      'arrow-scale': 0.9,
      'target-distance-from-node': 1,
    },
  },
  ...edgeKindStyles(),
  { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
  ...LINE_LOOK_RULES,
  // Left out of a picture while it is drawn (renderGraphImage.ts: withPictureLook).
  { selector: '.pic-hide', style: { display: 'none' } },
  // Time: out of view interactions are hidden (display none skips style work) or ghosted.
  { selector: 'edge.out', style: { display: 'none' } },
  { selector: 'edge.ghost', style: { opacity: 0.12 } },
  { selector: 'node.idle', style: { opacity: 0.28 } },
  { selector: 'node.gone', style: { display: 'none' } },
  { selector: 'node.filtered', style: { display: 'none' } },
  // Replay: the newest interactions stand out, then settle.
  {
    selector: 'edge.fresh',
    style: { width: 5, 'underlay-color': '#ffc400', 'underlay-padding': 5, 'underlay-opacity': 0.85 },
  },
  {
    selector: 'edge.recent',
    style: { width: 3.5, 'underlay-color': '#ffc400', 'underlay-padding': 3, 'underlay-opacity': 0.35 },
  },
  // Selection: the neighbourhood stays, the rest steps back.
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'node.focus', style: { 'border-color': '#111827', 'border-width': 4, 'z-index': 10 } },
  { selector: 'edge.focus', style: { width: 5, 'z-index': 10 } },
  // Focus and paths (applyFocus.ts).
  { selector: 'node.outside', style: { display: 'none' } },
  { selector: '.off-path', style: { opacity: 0.1 } },
  { selector: 'node.on-path', style: { 'border-color': '#111827', 'border-width': 3 } },
  { selector: 'edge.on-path', style: { width: 5, 'z-index': 9 } },
  // Aggregation and activity sizes (aggregates.ts).
  { selector: 'edge.in-pair', style: { display: 'none' } },
  {
    selector: 'edge.agg',
    style: {
      'line-color': 'data(color)', width: 'mapData(count, 1, 12, 2, 14)', 'curve-style': 'straight', label: 'data(countLabel)',
      'font-size': 13, 'font-weight': 700, 'font-family': LABEL_FONT, color: '#1d2430', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9,
      'text-background-padding': '2px', 'target-arrow-shape': 'none',
    },
  },
  { selector: 'edge.agg-off', style: { display: 'none' } },
  { selector: 'node.sized', style: { width: 'data(size)', height: 'data(size)' } },
  { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.08 } },
];

const LARGE_GRAPH_RULES: StylesheetJsonBlock[] = [
  // Labels only where they can be read: below 8 px on screen each one costs a
  // texture draw per frame and shows nothing legible. Zooming in shows them.
  { selector: 'node', style: { 'min-zoomed-font-size': 8 } },
  // Straight "haystack" lines: no control points to compute, no bundling of
  // parallel edges and no arrowheads; several times cheaper per frame.
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
];

/** The stylesheet for large graphs (LARGE_GRAPH_EDGES, domain/drawingScale.ts): the same rules, then the switches (later rules win). */
export const LARGE_GRAPH_STYLESHEET: StylesheetJsonBlock[] = [...GRAPH_STYLESHEET, ...LARGE_GRAPH_RULES];

/** Labels above or beside their actor, for the nodes whose class (`<prefix>-above`…) says so. */
function sideRules(prefix: string): StylesheetJsonBlock[] {
  return [
    { selector: `node.${prefix}-above`, style: { 'text-valign': 'top', 'text-margin-y': -LABEL_MARGIN_Y } },
    { selector: `node.${prefix}-right`, style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': LABEL_MARGIN_Y, 'text-justification': 'left' } },
    { selector: `node.${prefix}-left`, style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -LABEL_MARGIN_Y, 'text-justification': 'right' } },
  ];
}

/**
 * With the layout for tall screens: short names (the full name is in the details, search and log), larger
 * in model units, each on the side the layout chose for it (labelMetrics.ts, domain/labelPlacement.ts).
 */
export const TALL_STYLESHEET: StylesheetJsonBlock[] = [
  ...GRAPH_STYLESHEET,
  { selector: 'node', style: { label: 'data(short)' } },
  ...NODE_KINDS.map((kind) => ({ selector: `node.k-${kind}`, style: { 'font-size': TALL_LABEL[kind].size, 'text-max-width': `${TALL_LABEL[kind].maxWidth}px` } })),
  ...sideRules('side'),
];

/** A small embed: the wide layout with short names, larger in model units (labelMetrics.ts EMBED_LABEL). */
export const EMBED_STYLESHEET: StylesheetJsonBlock[] = [
  ...GRAPH_STYLESHEET,
  { selector: 'node', style: { label: 'data(short)' } },
  ...NODE_KINDS.map((kind) => ({ selector: `node.k-${kind}`, style: { 'font-size': EMBED_LABEL[kind].size, 'text-max-width': `${EMBED_LABEL[kind].maxWidth}px` } })),
  ...sideRules('eside'),
];

/** How the graph is drawn: for a wide screen, a tall one (its own layout), or a small embed (short names). */
export type Presentation = 'wide' | 'tall' | 'embed';

/** The stylesheet for a graph of `edgeCount` interactions in a presentation; a stable object per class. */
export function stylesheetFor(edgeCount: number, presentation: Presentation = 'wide'): StylesheetJsonBlock[] {
  if (edgeCount >= LARGE_GRAPH_EDGES) return LARGE_GRAPH_STYLESHEET;
  return presentation === 'tall' ? TALL_STYLESHEET : presentation === 'embed' ? EMBED_STYLESHEET : GRAPH_STYLESHEET;
}

/** Preset positions come with the elements; this object stays the same for the app's life. */
export const PRESET_LAYOUT = { name: 'preset', fit: false } as const;
