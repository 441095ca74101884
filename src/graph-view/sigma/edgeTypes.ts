/**
 * Which sigma edge type (and so which WebGL program: edgePrograms.ts) draws
 * an interaction's line, from its status and the engine's look: the sigma
 * counterpart of the cytoscape classes `planned`, `disputed` and `possible`.
 * Pure, so the mapping is tested without WebGL.
 */
import * as L from '../../domain/viewLooks';
import type { EdgeStatus } from '../../domain/vocabulary';

/** How a styled line is cut: dotted (planned), dashed (possibly in view), hollow (disputed). */
export interface LineCut {
  dots?: true;
  dashes?: true;
  hollow?: true;
}

/** Every styled type, with its cut and whether it ends in an arrow head. */
export const STYLED_EDGE_TYPES = {
  planned: { cut: { dots: true }, arrow: false },
  plannedArrow: { cut: { dots: true }, arrow: true },
  disputed: { cut: { hollow: true }, arrow: false },
  disputedArrow: { cut: { hollow: true }, arrow: true },
  possible: { cut: { dashes: true }, arrow: false },
  possibleArrow: { cut: { dashes: true }, arrow: true },
  disputedPossible: { cut: { hollow: true, dashes: true }, arrow: false },
  disputedPossibleArrow: { cut: { hollow: true, dashes: true }, arrow: true },
} as const satisfies Record<string, { cut: LineCut; arrow: boolean }>;

export type StyledEdgeType = keyof typeof STYLED_EDGE_TYPES;
/** sigma's own plain programs, and ours. */
export type SigmaEdgeType = 'line' | 'arrow' | StyledEdgeType;

/**
 * The edge type for an interaction of `status`, drawn with `look`.
 * A planned tie possibly in view stays dotted (its colour is faint, as every
 * possible tie's): dots already read as broken, and planned must still show.
 */
export function edgeTypeOf(look: number, status: EdgeStatus, directed: boolean): SigmaEdgeType {
  const possible = (look & L.POSSIBLE) !== 0;
  let base: 'line' | 'planned' | 'disputed' | 'possible' | 'disputedPossible' = 'line';
  if (status === 'planned') base = 'planned';
  else if (status === 'disputed') base = possible ? 'disputedPossible' : 'disputed';
  else if (possible) base = 'possible';
  if (base === 'line') return directed ? 'arrow' : 'line';
  return directed ? (`${base}Arrow` as StyledEdgeType) : base;
}

/** Whether a type is one of the styled ones (drawn by edgePrograms.ts rather than sigma's plain programs). */
export function isStyledType(type: string): type is StyledEdgeType {
  return Object.hasOwn(STYLED_EDGE_TYPES, type);
}
