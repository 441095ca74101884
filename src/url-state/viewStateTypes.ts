/** The shapes a link is read into and written from. No logic: see viewStateCodec.ts. */
import type { TimeMode, WindowSize } from '../domain/timeView';
import type { EdgeKind, NodeKind } from '../domain/vocabulary';
import type { LogSort } from '../domain/eventLog';
import type { PanelName } from '../store/slices/panelSlice';
import type { RangeChoice } from '../store/slices/timeSlice';
import type { Camera } from '../domain/camera';

/** Filters, by id rather than index so a link survives a re-ordered file. */
export interface LinkFilter {
  hiddenNodeKinds: readonly NodeKind[];
  hiddenEdgeKinds: readonly EdgeKind[];
  countryIds: readonly string[];
}

/** Everything a person can set about the view, with actors named by id. */
export interface ViewState {
  day: number;
  mode: TimeMode;
  window: WindowSize;
  speed: number;
  loop: boolean;
  hideIdle: boolean;
  ghostOut: boolean;
  /** Merge repeats: one line per pair. */
  aggregateEdges: boolean;
  sizeByActivity: boolean;
  selection: { kind: 'node' | 'edge' | 'pair'; id: string } | null;
  /** Only this actor and its neighbours within `depth` steps. */
  focus: { id: string; depth: 1 | 2 } | null;
  /** Shortest paths between two actors. */
  path: { from: string; to: string } | null;
  camera: Camera | null;
  filter: LinkFilter;
  rangeChoice: RangeChoice;
  /** The side panel that is open. */
  panel: PanelName | null;
  logSort: LogSort;
  /** The event log's text filter ('' = none). */
  logText: string;
  /** The event log's participant filter: an actor id, or null. */
  logWith: string | null;
  /** The balance chart counts contacts only, or all interactions. */
  balanceScope: 'contacts' | 'all';
}

/** What a link asks for at open, beyond the view itself. */
export interface OpenRequest {
  embed: boolean;
  /** Start a replay over [from, to] on open (looping there when the link says `loop=1`). */
  autoplay: { from: number | null; to: number | null } | null;
}

/** What decoding needs to know about the loaded graph to reject stale links. */
export interface DecodeContext {
  nodeIds: ReadonlySet<string>;
  /** Ids of country nodes, which the country filter accepts. */
  countryIds?: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  /** Range of each range choice: a date must fall in the chosen one. */
  rangeOf(choice: RangeChoice): { first: number; last: number };
  speeds: readonly number[];
}

export interface DecodedViewState {
  state: Partial<ViewState>;
  open: OpenRequest;
  /** Short human descriptions of the parts that were ignored, e.g. `node "kuleba2" is not in the data`. */
  ignored: string[];
}

/** One URL parameter: how to write it from the state, and how to read it back. */
export interface FieldCodec {
  key: string;
  /** The value to write, or undefined to leave the parameter out (the default). */
  encode(state: ViewState): string | undefined;
  /** Reads the raw value into `into`; returns a reason when it cannot. Never throws. */
  decode(raw: string, into: Partial<ViewState>, ctx: DecodeContext): string | null;
}
