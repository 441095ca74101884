/**
 * How each element of the picture looks, as bit flags the view engine keeps
 * per element and publishes as differences (see viewEngine.ts). Renderer
 * neutral: graph-view maps each flag to a cytoscape class; another renderer
 * (sigma reducers) could map them to colours.
 */

/** An interaction passes the filters and overlaps the time view. */
export const SHOWN = 1;
/** In window mode: the interaction's period overlaps the window but is not inside it (an imprecise date). */
export const POSSIBLE = 2;
/** Replay emphasis: begun in the last moment of replay time. */
export const FRESH = 4;
/** Replay emphasis: begun a while ago, still emphasised. */
export const RECENT = 8;
/** Something is selected and this element is not part of it. */
export const FADED = 16;
/** The selected element itself. */
export const SELECTED = 32;
/** On a shortest path being shown. */
export const ON_PATH = 64;
/** A path is shown and this element is not on it. */
export const OFF_PATH = 128;
/** Nodes: focus is on and this actor is outside the neighbourhood. */
export const OUTSIDE = 256;
/** Nodes: its kind is filtered out. */
export const FILTERED = 512;
/** Nodes: at least one interaction in view touches it. Pairs: at least one of its interactions is in view. */
export const ACTIVE = SHOWN;

/** Every flag, for renderers that walk the bits that changed. */
export const LOOK_FLAGS = [SHOWN, POSSIBLE, FRESH, RECENT, FADED, SELECTED, ON_PATH, OFF_PATH, OUTSIDE, FILTERED] as const;

/** Changed looks of one kind of element: `index[k]` went from `was[k]` to `now[k]`. */
export interface LookChanges {
  index: number[];
  was: number[];
  now: number[];
}

/**
 * One step's change record: which elements changed look and why (the bits
 * of `was ^ now`), plus which counts changed (pair counts, actor degrees)
 * for renderers that draw them (merged pairs, sizes by activity).
 */
export interface ViewChangeRecord {
  /** 1, 2, 3…: a renderer that missed a step resynchronises from the engine's arrays. */
  step: number;
  edges: LookChanges;
  nodes: LookChanges;
  /** Pairs of actors (merged repeats), numbered as `ViewEngine.pairOfEdge`. */
  pairs: LookChanges;
  /** Pairs whose count of interactions in view changed. */
  pairCounts: number[];
  /** Actors whose number of ties in view changed. */
  degrees: number[];
}

export function emptyLookChanges(): LookChanges {
  return { index: [], was: [], now: [] };
}

/** Whether a record changes nothing (a step that moved no element's look or count). */
export function isEmptyRecord(r: ViewChangeRecord): boolean {
  return r.edges.index.length + r.nodes.index.length + r.pairs.index.length + r.pairCounts.length + r.degrees.length === 0;
}
