/**
 * The graph as the app uses it: validated once at the edge, then trusted.
 * Nodes and edges carry their array index so hot paths work on integers.
 */
import type { FuzzyDate } from './dates';
import type { EdgeKind, EdgeStatus, LabelSide, NodeKind, OutsideField, VotePosition } from './vocabulary';

/** Last day of an ongoing span: far beyond any range a person can scrub to. */
export const ONGOING = 9_999_999;

export interface Source {
  id: string;
  title: string;
  publisher: string;
  author?: string;
  published: FuzzyDate;
  file: string;
  url?: string;
  note?: string;
}

export interface Actor {
  index: number;
  id: string;
  label: string;
  kind: NodeKind;
  aliases: string[];
  /** Index of the actor's country node, or -1 (a country's own country is itself). */
  countryIndex: number;
  role?: string;
  description?: string;
  sources: string[];
  position?: { x: number; y: number };
  /** Position for tall (phone, upright) screens, when the file stores one. */
  tallPosition?: { x: number; y: number };
  /** A shorter name drawn on small screens (the label shows everywhere else). */
  shortName?: string;
  /** Where the label sits in the tall layout (below when absent). */
  tallLabel?: LabelSide;
}

export interface Interaction {
  index: number;
  id: string;
  source: number;
  target: number;
  kind: EdgeKind;
  date: FuzzyDate;
  end?: FuzzyDate;
  /** First day the interaction counts (start of `date`'s period). */
  first: number;
  /** Last day it counts: end of `end`'s period, of `date`'s period, or ONGOING. */
  last: number;
  summary: string;
  sources: string[];
  place?: string;
  position?: VotePosition;
  status: EdgeStatus;
  /** Whether source → target carries meaning (a directed kind, or an initiator named). */
  directed: boolean;
  note?: string;
  /**
   * The event this edge is one pair of: the file's `event` id, or the edge's
   * own id when it stands alone. Counts of interactions count distinct events.
   */
  event: string;
  /**
   * A disputed date: each date the sources give, with the sources giving it.
   * `first`/`last` cover all of them, so no view places the fact on one claim only.
   */
  dateClaims?: { date: FuzzyDate; sources: string[] }[];
  /** Fields whose value is not from the cited sources; shown as "not from the sources". */
  outside?: OutsideField[];
}

export interface TielineGraph {
  title: string;
  description: string;
  /** The range the slider shows by default. */
  defaultRange: { first: number; last: number };
  /** Earliest first day and latest finite last day over all interactions. */
  extent: { first: number; last: number };
  sources: Source[];
  nodes: Actor[];
  edges: Interaction[];
  nodeIndex: ReadonlyMap<string, number>;
  edgeIndex: ReadonlyMap<string, number>;
  sourceIndex: ReadonlyMap<string, number>;
}
