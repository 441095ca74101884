/**
 * The view engine: what is in view, computed once per step as differences,
 * for every part of the app. One engine per store (the store factory makes
 * it and feeds it every state change). It owns
 * - the time view: which interactions overlap the dates (and, in window mode,
 *   which are only *possibly* in view: an imprecise date that overlaps the
 *   window without lying inside it), and the filter mask;
 * - selection, focus and shortest paths (one computation, one cap, read by
 *   the canvas and the panel alike);
 * - aggregates (ties per pair of actors, ties per actor) and the tallies every
 *   panel shows: distinct interactions by kind, actor, pair and source, and
 *   the filter panel's counts. Affiliations (offices held, memberships) are
 *   drawn but never counted as interactions;
 * - every element's look as flags (viewLooks.ts), published as one change
 *   record per step for the renderer to apply.
 * Moving the date touches only the interactions whose first or last day lies
 * between the old and new bounds (binary search in the time index).
 */
import { filterMask, filterTests, type FilterCounts, type FilterState, type FilterTests, countryOf } from './filters';
import { FreshTracker } from './freshness';
import type { TielineGraph } from './model';
import { buildAdjacency, neighbourhood, pathEdges, pathsMayChange, searchShortestPaths, type NodePath, type PathSearch } from './paths';
import { buildTimeIndex, endingIn, startingIn, type TimeIndex } from './timeIndex';
import { boundsOf, type Bounds, type TimeMode, type WindowSize } from './timeView';
import { DistinctTally } from './distinctTally';
import { EDGE_KINDS, EDGE_KIND_INFO, NODE_KINDS, countsAsInteraction, type EdgeKind, type NodeKind } from './vocabulary';
import * as L from './viewLooks';
import { emptyLookChanges, isEmptyRecord, type ViewChangeRecord } from './viewLooks';
import { heavyPairsOf, pairsOf, type HeavyPairs } from './pairs';
import { buildSearchIndex, buildSearchIndexInChunks, type SearchIndex } from './search';
import { monthlyActivity, type MonthCount } from './activity';
import { balanceBuckets, type BalanceBuckets, type BalanceScope } from './balanceBuckets';
import { NO_EDGES, NO_PARTS, affiliationsAmong, drawnParts, edgesOverRange, eventMembers, type DrawnParts, type PartsOptions } from './viewParts';

const NO_BUCKETS: BalanceBuckets = { rows: [], years: [], unplaced: 0 };

/** A pair's id is its two actor ids joined by a space (an aggregated edge). */
export type ViewSelection = { kind: 'node' | 'edge' | 'pair'; id: string } | null;

/** Shortest paths listed and highlighted: at most this many (the panel says "more than" beyond it). */
export const PATH_CAP = 10;

/** Everything the engine follows: a subset of the store's state. */
export interface ViewInput {
  graph: TielineGraph | null;
  timeIndex: TimeIndex | null;
  day: number;
  mode: TimeMode;
  window: WindowSize;
  /** Replaced as a whole on every change (compared by identity). */
  filter: FilterState;
  selection: ViewSelection;
  focus: { node: number; depth: 1 | 2 } | null;
  pathQuery: { from: number; to: number } | null;
  /** Days of data time per second while replaying or recording (replay emphasis on); null otherwise. */
  replaySpeed: number | null;
}

/** The paths between the two actors of a path query, in view. */
export interface PathResult {
  /** At most PATH_CAP node sequences, from `from` to `to`. */
  list: NodePath[];
  /** More shortest paths exist than are listed. */
  more: boolean;
}

interface SelectionLayer {
  nodes: Set<number>;
  edges: Set<number>;
  pairs: Set<number>;
  node: number;
  edge: number;
  pair: number;
  /** The selected edge's event when it has several pair edges (−1 otherwise): selecting one line selects them all. */
  event: number;
  /** Pairs whose merged line carries a selected interaction. */
  selectedPairs: Set<number>;
}

interface PathLayer {
  nodes: Set<number>;
  edges: Set<number>;
  pairs: Set<number>;
  result: PathResult;
  /** The search behind it: a step that cannot alter it keeps the layer (pathsMayChange). */
  search: PathSearch;
}

type Listener = (record: ViewChangeRecord) => void;

const EMPTY_FILTER_COUNTS = (): FilterCounts => ({
  nodeKinds: Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>,
  edgeKinds: Object.fromEntries(EDGE_KINDS.map((k) => [k, 0])) as Record<EdgeKind, number>,
  countries: new Map(),
});

/** Per-graph constants and state; replaced as a whole when a new graph loads. */
class GraphView {
  readonly adj: number[][];
  readonly pairOfEdge: Int32Array;
  readonly pairEnds: [number, number][];
  readonly eventOf: Int32Array;
  /** 1 where the edge is its event's only edge (the common case: tallies then skip the per-event bookkeeping). */
  readonly alone: Uint8Array;
  readonly kindOf: Int32Array;
  /** 1 for edges that are not interactions (affiliations, statistics): drawn, never counted. */
  readonly affiliation: Uint8Array;
  readonly span: Uint8Array;
  /** Sources of edge i: `sourceList[sourceStart[i] .. sourceStart[i + 1])` (flat, for a tight loop per step). */
  readonly sourceStart: Int32Array;
  readonly sourceList: Int32Array;
  readonly countryOfNode: Int32Array;
  readonly nodeKindOf: Int32Array;
  /** Distinct interactions (not affiliations) in the whole graph. */
  readonly totalInteractions: number;

  readonly timeIn: Uint8Array;
  readonly visible: Uint8Array;
  readonly possible: Uint8Array;
  readonly nodeDegree: Int32Array;
  readonly pairTies: Int32Array;
  readonly edgeLook: Uint16Array;
  readonly nodeLook: Uint16Array;
  readonly pairLook: Uint16Array;
  readonly freshOf: Uint8Array;

  readonly interactions = new DistinctTally(1);
  readonly possibleInteractions = new DistinctTally(1);
  readonly byKind = new DistinctTally(EDGE_KINDS.length);
  readonly byActor: DistinctTally;
  readonly byPair: DistinctTally;
  readonly bySource: DistinctTally;
  readonly fcNodeKinds = new DistinctTally(NODE_KINDS.length);
  readonly fcEdgeKinds = new DistinctTally(EDGE_KINDS.length);
  readonly fcCountries: DistinctTally;
  ties = 0;
  actors = 0;

  readonly fresh: FreshTracker;

  constructor(
    readonly graph: TielineGraph,
    readonly index: TimeIndex,
    parts: GraphParts = runSteps(graphParts(graph)),
  ) {
    const n = graph.nodes.length;
    const m = graph.edges.length;
    this.adj = parts.adj;
    this.pairOfEdge = parts.pairOfEdge;
    this.pairEnds = parts.pairEnds;
    this.eventOf = parts.eventOf;
    this.alone = parts.alone;
    this.kindOf = parts.kindOf;
    this.affiliation = parts.affiliation;
    this.span = parts.span;
    this.sourceStart = parts.sourceStart;
    this.sourceList = parts.sourceList;
    this.countryOfNode = parts.countryOfNode;
    this.nodeKindOf = parts.nodeKindOf;
    this.totalInteractions = parts.totalInteractions;
    const pairCount = parts.pairEnds.length;
    this.timeIn = new Uint8Array(m);
    this.visible = new Uint8Array(m);
    this.possible = new Uint8Array(m);
    this.nodeDegree = new Int32Array(n);
    this.pairTies = new Int32Array(pairCount);
    this.edgeLook = new Uint16Array(m);
    this.nodeLook = new Uint16Array(n);
    this.pairLook = new Uint16Array(pairCount);
    this.freshOf = new Uint8Array(m);
    this.byActor = new DistinctTally(n);
    this.byPair = new DistinctTally(pairCount);
    this.bySource = new DistinctTally(graph.sources.length);
    this.fcCountries = new DistinctTally(n);
    this.fresh = new FreshTracker(graph.edges, index);
  }
}

/** A graph's constants that take a pass over its interactions (GraphView's first fields). */
type GraphParts = Pick<
  GraphView,
  'adj' | 'pairOfEdge' | 'pairEnds' | 'eventOf' | 'alone' | 'kindOf' | 'affiliation' | 'span' | 'sourceStart' | 'sourceList' | 'countryOfNode' | 'nodeKindOf' | 'totalInteractions'
>;

function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Computes GraphParts, yielding between passes (each about 100 ms or less at 100,000 interactions). */
function* graphParts(graph: TielineGraph): Generator<void, GraphParts> {
  const m = graph.edges.length;
  const adj = buildAdjacency(graph);
  const pairs = pairsOf(graph);
  yield;
  const events = new Map<string, number>();
  const eventOf = Int32Array.from(graph.edges, (e) => {
    let k = events.get(e.event);
    if (k === undefined) events.set(e.event, (k = events.size));
    return k;
  });
  const edgesPerEvent = new Int32Array(events.size);
  for (const ev of eventOf) edgesPerEvent[ev]! += 1;
  const alone = Uint8Array.from(eventOf, (ev) => (edgesPerEvent[ev] === 1 ? 1 : 0));
  yield;
  const kindIndex = new Map(EDGE_KINDS.map((k, i) => [k, i]));
  const kindOf = Int32Array.from(graph.edges, (e) => kindIndex.get(e.kind)!);
  const affiliation = Uint8Array.from(graph.edges, (e) => (countsAsInteraction(e.kind) ? 0 : 1));
  const span = Uint8Array.from(graph.edges, (e) => (EDGE_KIND_INFO[e.kind].span ? 1 : 0));
  yield;
  const sourcesOf = graph.edges.map((e) => [...new Set(e.sources.map((s) => graph.sourceIndex.get(s) ?? -1).filter((s) => s >= 0))]);
  const sourceStart = new Int32Array(m + 1);
  for (let i = 0; i < m; i++) sourceStart[i + 1] = sourceStart[i]! + sourcesOf[i]!.length;
  const sourceList = Int32Array.from(sourcesOf.flat());
  yield;
  const countryOfNode = Int32Array.from(graph.nodes, (node) => countryOf(graph, node.index));
  const nodeKindIndex = new Map(NODE_KINDS.map((k, i) => [k, i]));
  const nodeKindOf = Int32Array.from(graph.nodes, (node) => nodeKindIndex.get(node.kind)!);
  const counted = new Set<number>();
  for (let i = 0; i < m; i++) if (!affiliation[i]) counted.add(eventOf[i]!);
  return {
    adj,
    pairOfEdge: pairs.pairOfEdge,
    pairEnds: pairs.ends,
    eventOf,
    alone,
    kindOf,
    affiliation,
    span,
    sourceStart,
    sourceList,
    countryOfNode,
    nodeKindOf,
    totalInteractions: counted.size,
  };
}

/** Marks of elements to re-look this step, each listed once. */
class Marks {
  readonly on: Uint8Array;
  list: number[] = [];
  all = false;
  constructor(size: number) {
    this.on = new Uint8Array(size);
  }
  mark(i: number): void {
    if (this.all || this.on[i]) return;
    this.on[i] = 1;
    this.list.push(i);
  }
  markSet(s: Iterable<number> | undefined): void {
    if (s) for (const i of s) this.mark(i);
  }
  /** The marked elements (never `all`), and clears the marks. */
  take(): number[] {
    const out = this.list;
    for (let k = 0; k < out.length; k++) this.on[out[k]!] = 0;
    this.list = [];
    return out;
  }
  /** Visits every marked element once, then clears the marks. */
  drain(size: number, visit: (i: number) => void): void {
    if (this.all) for (let i = 0; i < size; i++) visit(i);
    else for (const i of this.list) visit(i);
    for (const i of this.list) this.on[i] = 0;
    this.list.length = 0;
    this.all = false;
  }
}

/** The engine a store owns. Empty until a graph loads. */
export class ViewEngine {
  private g: GraphView | null = null;
  private input: ViewInput | null = null;
  private bounds: Bounds = { from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY };
  private mask: Uint8Array | null = null;
  private tests: FilterTests | null = null;
  /** Per edge, the filter tests as bits (see FC_*), computed once per filter change. */
  private filterBits: Uint8Array = new Uint8Array(0);
  /**
   * The filter panel's counts are kept (as differences) from the first time
   * they are asked for: until then a step does no work for them.
   */
  private filterCountsLive = false;
  private windowMode = false;
  private kindHidden = new Uint8Array(NODE_KINDS.length);
  private sel: SelectionLayer | null = null;
  private focusSet: Set<number> | null = null;
  private path: PathLayer | null = null;
  private listeners = new Set<Listener>();
  private edgeMarks = new Marks(0);
  private nodeMarks = new Marks(0);
  private pairMarks = new Marks(0);
  private pairCountsTouched = new Marks(0);
  private degreesTouched = new Marks(0);
  private lists = new Map<string, unknown>();
  private filterCountsCache: FilterCounts | null = null;

  /** Increases whenever the set of interactions in view changes (lists key on it). */
  version = 0;
  /** The number of the last change record (0: none yet). */
  step = 0;

  /** The graph the engine follows, or null before the first load. */
  get graph(): TielineGraph | null {
    return this.g?.graph ?? null;
  }

  private prepared: { graph: TielineGraph; parts: GraphParts } | null = null;

  /**
   * Works out `graph`'s time index and per-graph constants before it loads,
   * one pass per task with `pause()` between passes, so that loading it
   * (setGraph with this time index) is not one long task on a large graph.
   * Resolves null if `stopped()` turned true (Cancel); loading another graph
   * meanwhile only leaves the work unused.
   */
  async prepare(graph: TielineGraph, pause: () => Promise<void>, stopped: () => boolean = () => false): Promise<TimeIndex | null> {
    const timeIndex = buildTimeIndex(graph.edges);
    const steps = graphParts(graph);
    for (;;) {
      await pause();
      if (stopped()) return null;
      const r = steps.next();
      if (r.done) {
        this.prepared = { graph, parts: r.value };
        return timeIndex;
      }
    }
  }

  /** Calls `fn` with each change record, right after the step that made it. */
  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /**
   * Follows a new state: applies only what changed since the last call and
   * publishes one change record if any element's look or count changed.
   */
  update(input: ViewInput): ViewChangeRecord | null {
    if (input.graph !== (this.g?.graph ?? null) || (input.graph && input.timeIndex !== this.g?.index)) this.load(input.graph, input.timeIndex);
    const g = this.g;
    if (!g) return null;
    const prev = this.input;
    this.input = input;
    const bounds = boundsOf(input);
    this.windowMode = input.mode === 'window';
    const filterChanged = !prev || prev.filter !== input.filter;
    const modeChanged = !prev || prev.mode !== input.mode;
    const old = this.bounds;
    this.bounds = bounds;
    let visChanged = false;
    /** Edges whose visibility changed in this step (the path layer asks whether they can alter it). */
    const changed: number[] = [];
    const refresh = (i: number) => {
      if (this.refreshEdge(g, i)) {
        visChanged = true;
        changed.push(i);
      }
    };

    if (filterChanged) {
      this.mask = filterMask(g.graph, input.filter);
      this.tests = filterTests(g.graph, input.filter);
      this.filterBits = filterBitsOf(g, this.tests);
      this.kindHidden = Uint8Array.from(NODE_KINDS, (k) => (input.filter.hiddenNodeKinds.includes(k) ? 1 : 0));
      this.nodeMarks.all = true;
      for (let i = 0; i < g.visible.length; i++) refresh(i);
      if (this.filterCountsLive) this.recountFilterCounts(g);
    } else if (modeChanged || !Number.isFinite(old.to)) {
      for (let i = 0; i < g.visible.length; i++) refresh(i);
    } else {
      const window = input.mode === 'window';
      if (old.to !== bounds.to) {
        const lo = Math.min(old.to, bounds.to);
        const hi = Math.max(old.to, bounds.to);
        startingIn(g.index, lo, hi).forEach(refresh);
        if (window) endingIn(g.index, lo + 1, hi + 1).forEach(refresh);
      }
      if (old.from !== bounds.from) {
        const lo = Math.min(old.from, bounds.from);
        const hi = Math.max(old.from, bounds.from);
        endingIn(g.index, lo, hi).forEach(refresh);
        if (window) startingIn(g.index, lo - 1, hi - 1).forEach(refresh);
      }
    }
    if (visChanged) {
      this.version++;
      this.lists.clear();
    }

    // Replay emphasis follows the visible set.
    const freshChange = g.fresh.update(input.replaySpeed !== null ? input.day : null, input.replaySpeed ?? 1, g.visible);
    for (const [i] of freshChange.removed) g.freshOf[i] = 0;
    for (const [i, cls] of freshChange.added) g.freshOf[i] = cls === 'fresh' ? L.FRESH : L.RECENT;
    for (const [i] of freshChange.removed) this.edgeMarks.mark(i);
    for (const [i] of freshChange.added) this.edgeMarks.mark(i);

    if (!prev || prev.selection !== input.selection || visChanged) {
      const next = this.selectionLayer(g, input.selection);
      this.markLayer(this.sel, next);
      this.sel = next;
    }
    if (!prev || prev.focus !== input.focus || visChanged) {
      const next = input.focus ? neighbourhood(g.graph, g.adj, g.visible, input.focus.node, input.focus.depth) : null;
      if (!!next !== !!this.focusSet) this.nodeMarks.all = true;
      else if (next) {
        this.nodeMarks.markSet(next);
        this.nodeMarks.markSet(this.focusSet!);
      }
      this.focusSet = next;
    }
    // Differential: a step whose changed edges cannot alter the shortest paths keeps them (no search per replay frame).
    if (!prev || prev.pathQuery !== input.pathQuery || (visChanged && (!this.path || pathsMayChange(g.graph, this.path.search, changed)))) {
      const next = this.pathLayer(g, input.pathQuery);
      this.markLayer(this.path, next);
      this.path = next;
    }
    return this.publish(g);
  }

  /** Re-decides one edge's time view, filter and possible state; true if its visibility changed. */
  private refreshEdge(g: GraphView, i: number): boolean {
    const e = g.graph.edges[i]!;
    const b = this.bounds;
    const tIn = e.first <= b.to && e.last >= b.from ? 1 : 0;
    const vis = tIn && (!this.mask || this.mask[i] === 1) ? 1 : 0;
    const poss = vis && this.windowMode && !g.span[i] && (e.first < b.from || e.last > b.to) ? 1 : 0;
    if (tIn !== g.timeIn[i]) {
      g.timeIn[i] = tIn;
      if (this.filterCountsLive) {
        this.contributeFilterCounts(g, i, tIn ? 1 : -1);
        this.filterCountsCache = null;
      }
    }
    if (poss !== g.possible[i]) {
      g.possible[i] = poss;
      if (!g.affiliation[i]) g.possibleInteractions.add(g.eventOf[i]!, 0, poss ? 1 : -1, g.alone[i] === 1);
      this.edgeMarks.mark(i);
    }
    if (vis === g.visible[i]) return false;
    g.visible[i] = vis;
    const d = vis ? 1 : -1;
    const ev = g.eventOf[i]!;
    const alone = g.alone[i] === 1;
    const p = g.pairOfEdge[i]!;
    g.ties += d;
    g.byKind.add(ev, g.kindOf[i]!, d, alone);
    for (let k = g.sourceStart[i]!, end = g.sourceStart[i + 1]!; k < end; k++) g.bySource.add(ev, g.sourceList[k]!, d, alone);
    if (!g.affiliation[i]) {
      g.interactions.add(ev, 0, d, alone);
      g.byActor.add(ev, e.source, d, alone);
      if (e.target !== e.source) g.byActor.add(ev, e.target, d, alone);
      g.byPair.add(ev, p, d, alone);
    }
    this.bumpNode(g, e.source, d);
    if (e.target !== e.source) this.bumpNode(g, e.target, d);
    const before = g.pairTies[p]!;
    g.pairTies[p] = before + d;
    this.pairCountsTouched.mark(p);
    if ((before === 0) !== (before + d === 0)) this.pairMarks.mark(p);
    this.edgeMarks.mark(i);
    return true;
  }

  private bumpNode(g: GraphView, n: number, d: number): void {
    const before = g.nodeDegree[n]!;
    g.nodeDegree[n] = before + d;
    this.degreesTouched.mark(n);
    if (before === 0 && d > 0) {
      g.actors++;
      this.nodeMarks.mark(n);
    } else if (before + d === 0) {
      g.actors--;
      this.nodeMarks.mark(n);
    }
  }

  /**
   * The filter panel's counts: for each choice, the interactions in the time
   * view involving it that pass the other two kinds of filter (so a count says
   * what switching the choice on would show). Affiliations count only under
   * their own interaction kind.
   */
  private contributeFilterCounts(g: GraphView, i: number, d: 1 | -1): void {
    const bits = this.filterBits[i]!;
    const e = g.graph.edges[i]!;
    const ev = g.eventOf[i]!;
    const alone = g.alone[i] === 1;
    const kindOk = (bits & FC_KIND) !== 0;
    const sourceOk = (bits & FC_SOURCE_KIND) !== 0;
    const targetOk = (bits & FC_TARGET_KIND) !== 0;
    const nodesOk = sourceOk && targetOk;
    const countryOk = (bits & FC_COUNTRY) !== 0;
    if (nodesOk && countryOk) g.fcEdgeKinds.add(ev, g.kindOf[i]!, d, alone);
    if (g.affiliation[i]) return;
    if (kindOk && countryOk) {
      const a = g.nodeKindOf[e.source]!;
      const b = g.nodeKindOf[e.target]!;
      if (targetOk || a === b) g.fcNodeKinds.add(ev, a, d, alone);
      if (b !== a && sourceOk) g.fcNodeKinds.add(ev, b, d, alone);
    }
    if (kindOk && nodesOk) {
      const ca = g.countryOfNode[e.source]!;
      const cb = g.countryOfNode[e.target]!;
      if (ca >= 0) g.fcCountries.add(ev, ca, d, alone);
      if (cb >= 0 && cb !== ca) g.fcCountries.add(ev, cb, d, alone);
    }
  }

  private selectionLayer(g: GraphView, selection: ViewSelection): SelectionLayer | null {
    if (!selection) return null;
    const layer: SelectionLayer = { nodes: new Set(), edges: new Set(), pairs: new Set(), node: -1, edge: -1, pair: -1, event: -1, selectedPairs: new Set() };
    const keepEdge = (i: number) => {
      const e = g.graph.edges[i]!;
      layer.edges.add(i);
      layer.nodes.add(e.source);
      layer.nodes.add(e.target);
      layer.pairs.add(g.pairOfEdge[i]!);
    };
    if (selection.kind === 'node') {
      const n = g.graph.nodeIndex.get(selection.id);
      if (n === undefined) return null;
      layer.node = n;
      layer.nodes.add(n);
      for (const i of g.adj[n]!) if (g.visible[i]) keepEdge(i);
    } else if (selection.kind === 'pair') {
      const [a, b] = selection.id.split(' ').map((id) => g.graph.nodeIndex.get(id) ?? -1);
      const p = this.pairIndex(a!, b!);
      if (p < 0) return null;
      layer.pair = p;
      layer.pairs.add(p);
      layer.nodes.add(a!);
      layer.nodes.add(b!);
      for (const i of g.adj[a!]!) if (g.visible[i] && g.pairOfEdge[i] === p) keepEdge(i);
    } else {
      const i = g.graph.edgeIndex.get(selection.id);
      if (i === undefined) return null;
      layer.edge = i;
      keepEdge(i);
      layer.selectedPairs.add(g.pairOfEdge[i]!);
      if (!g.alone[i]) {
        // One event, several pairs (a meeting of three with one): its other lines in view are selected too.
        layer.event = g.eventOf[i]!;
        for (let j = 0; j < g.eventOf.length; j++) {
          if (j !== i && g.eventOf[j] === layer.event && g.visible[j]) {
            keepEdge(j);
            layer.selectedPairs.add(g.pairOfEdge[j]!);
          }
        }
      }
    }
    return layer;
  }

  private pathLayer(g: GraphView, q: ViewInput['pathQuery']): PathLayer | null {
    if (!q) return null;
    const search = searchShortestPaths(g.graph, g.adj, g.visible, q.from, q.to, PATH_CAP + 1);
    const found = search.paths;
    const list = found.slice(0, PATH_CAP);
    const nodes = new Set<number>([q.from, q.to, ...list.flat()]);
    const edges = pathEdges(g.graph, g.adj, g.visible, list);
    const pairs = new Set<number>();
    for (const i of edges) pairs.add(g.pairOfEdge[i]!);
    return { nodes, edges, pairs, result: { list, more: found.length > PATH_CAP }, search };
  }

  /** Marks what a layer change may re-look: everything when it turns on or off, else both sets. */
  private markLayer(old: { nodes: Set<number>; edges: Set<number>; pairs: Set<number> } | null, next: typeof old): void {
    if (!old && !next) return;
    if (!old || !next) {
      this.edgeMarks.all = this.nodeMarks.all = this.pairMarks.all = true;
      return;
    }
    this.edgeMarks.markSet(old.edges);
    this.edgeMarks.markSet(next.edges);
    this.nodeMarks.markSet(old.nodes);
    this.nodeMarks.markSet(next.nodes);
    this.pairMarks.markSet(old.pairs);
    this.pairMarks.markSet(next.pairs);
  }

  private edgeLookOf(g: GraphView, i: number): number {
    let f = g.visible[i] ? L.SHOWN : 0;
    if (g.possible[i]) f |= L.POSSIBLE;
    f |= g.freshOf[i]!;
    const sel = this.sel;
    const selected = !!sel && (sel.edge === i || (sel.event >= 0 && g.eventOf[i] === sel.event && g.visible[i] === 1));
    f |= this.layerFlags(sel?.edges, selected, i);
    return f;
  }

  private nodeLookOf(g: GraphView, n: number): number {
    let f = g.nodeDegree[n]! > 0 ? L.ACTIVE : 0;
    if (this.kindHidden[g.nodeKindOf[n]!]) f |= L.FILTERED;
    if (this.focusSet && !this.focusSet.has(n)) f |= L.OUTSIDE;
    return f | this.layerFlags(this.sel?.nodes, this.sel?.node === n, n, 'nodes');
  }

  private pairLookOf(g: GraphView, p: number): number {
    const f = g.pairTies[p]! > 0 ? L.ACTIVE : 0;
    // A selected interaction drawn inside its pair's line (merged) shows on that line.
    const sel = this.sel;
    const selected = !!sel && (sel.pair === p || sel.selectedPairs.has(p));
    return f | this.layerFlags(sel?.pairs, selected, p, 'pairs');
  }

  /** Selection and path flags: the paths win over the selection's fading (they are what the person asked to see). */
  private layerFlags(kept: Set<number> | undefined, selected: boolean, i: number, kind: 'edges' | 'nodes' | 'pairs' = 'edges'): number {
    let f = 0;
    const onPath = this.path ? this.path[kind].has(i) : false;
    if (this.path) f |= onPath ? L.ON_PATH : L.OFF_PATH;
    if (kept && !kept.has(i) && !onPath) f |= L.FADED;
    if (selected) f |= L.SELECTED;
    return f;
  }

  private publish(g: GraphView): ViewChangeRecord | null {
    const record: ViewChangeRecord = {
      step: this.step + 1,
      edges: emptyLookChanges(),
      nodes: emptyLookChanges(),
      pairs: emptyLookChanges(),
      pairCounts: this.pairCountsTouched.take(),
      degrees: this.degreesTouched.take(),
    };
    const relook = (looks: Uint16Array, out: L.LookChanges, lookOf: (i: number) => number) => (i: number) => {
      const now = lookOf(i);
      const was = looks[i]!;
      if (now === was) return;
      looks[i] = now;
      out.index.push(i);
      out.was.push(was);
      out.now.push(now);
    };
    this.edgeMarks.drain(g.edgeLook.length, relook(g.edgeLook, record.edges, (i) => this.edgeLookOf(g, i)));
    this.nodeMarks.drain(g.nodeLook.length, relook(g.nodeLook, record.nodes, (i) => this.nodeLookOf(g, i)));
    this.pairMarks.drain(g.pairLook.length, relook(g.pairLook, record.pairs, (i) => this.pairLookOf(g, i)));
    if (isEmptyRecord(record)) return null;
    this.step = record.step;
    for (const fn of this.listeners) fn(record);
    return record;
  }

  private load(graph: TielineGraph | null, index: TimeIndex | null): void {
    this.input = null;
    this.sel = null;
    this.focusSet = null;
    this.path = null;
    this.mask = null;
    this.filterCountsLive = false;
    this.lists.clear();
    this.filterCountsCache = null;
    this.bounds = { from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY };
    this.version++;
    if (!graph || !index) {
      this.g = null;
      return;
    }
    this.perGraph.clear();
    this.balanceCache = null;
    const ready = this.prepared?.graph === graph ? this.prepared.parts : undefined;
    this.prepared = null;
    this.g = new GraphView(graph, index, ready);
    this.edgeMarks = new Marks(graph.edges.length);
    this.nodeMarks = new Marks(graph.nodes.length);
    this.pairMarks = new Marks(this.g.pairEnds.length);
    // Every node starts idle (look 0) and is re-looked on the first step.
    this.nodeMarks.all = true;
    this.pairCountsTouched = new Marks(this.g.pairEnds.length);
    this.degreesTouched = new Marks(graph.nodes.length);
  }

  // ---- Reading: counts (O(1)) ------------------------------------------

  /** Distinct interactions in view (filtered; affiliations never count). */
  get interactions(): number {
    return this.g?.interactions.counts[0] ?? 0;
  }
  /** Of those, how many are only possibly in view (window mode, an imprecise date that reaches outside the window). */
  get possibleInteractions(): number {
    return this.g?.possibleInteractions.counts[0] ?? 0;
  }
  /** Distinct interactions in the whole graph. */
  get totalInteractions(): number {
    return this.g?.totalInteractions ?? 0;
  }
  /** Actors with at least one tie (interaction or affiliation) in view. */
  get actors(): number {
    return this.g?.actors ?? 0;
  }
  /** Ties (edges, affiliations included) in view. */
  get ties(): number {
    return this.g?.ties ?? 0;
  }
  /** Distinct events of a kind in view. */
  kindCount(kind: EdgeKind): number {
    return this.g?.byKind.counts[EDGE_KINDS.indexOf(kind)] ?? 0;
  }
  /** Distinct interactions in view that involve an actor. */
  actorCount(node: number): number {
    return this.g?.byActor.counts[node] ?? 0;
  }
  /** Distinct interactions in view between two actors (either order). */
  pairCount(a: number, b: number): number {
    const p = this.pairIndex(a, b);
    return p < 0 ? 0 : this.g!.byPair.counts[p]!;
  }
  /** Distinct interactions in view of a pair by its number (merged repeats' labels). */
  pairCountOf(p: number): number {
    return this.g?.byPair.counts[p] ?? 0;
  }
  /** Distinct events in view citing a source (by index in `graph.sources`). */
  sourceCount(source: number): number {
    return this.g?.bySource.counts[source] ?? 0;
  }

  // ---- Reading: per-element state, for renderers ------------------------

  /** Per edge: 1 while in view. Read-only. */
  get edgeVisible(): Uint8Array {
    return this.g?.visible ?? new Uint8Array(0);
  }
  /** Per actor: ties in view. Read-only. */
  get nodeDegree(): Int32Array {
    return this.g?.nodeDegree ?? new Int32Array(0);
  }
  /** Looks (viewLooks flags) per edge, node and pair, as of the last record. Read-only. */
  get looks(): { edges: Uint16Array; nodes: Uint16Array; pairs: Uint16Array } {
    const g = this.g;
    return { edges: g?.edgeLook ?? new Uint16Array(0), nodes: g?.nodeLook ?? new Uint16Array(0), pairs: g?.pairLook ?? new Uint16Array(0) };
  }
  /** The pair number of each edge, and each pair's two actors (lower index first). */
  get pairs(): { pairOfEdge: Int32Array; ends: readonly [number, number][] } {
    return { pairOfEdge: this.g?.pairOfEdge ?? new Int32Array(0), ends: this.g?.pairEnds ?? [] };
  }

  // ---- Reading: lists, on demand (each cached until the view changes) ----

  private cached<T>(key: string, make: (g: GraphView) => T, empty: T): T {
    const g = this.g;
    if (!g) return empty;
    if (this.lists.has(key)) return this.lists.get(key) as T;
    const value = make(g);
    this.lists.set(key, value);
    return value;
  }

  /** Edge indices in view, in order of first day (ties by index). */
  edgesInView(): readonly number[] {
    return this.cached(
      'all',
      (g) => {
        const out: number[] = [];
        const { byFirst } = g.index;
        for (let k = 0; k < byFirst.length; k++) {
          const i = byFirst[k]!;
          if (g.graph.edges[i]!.first > this.bounds.to) break;
          if (g.visible[i]) out.push(i);
        }
        return out;
      },
      [],
    );
  }

  /** Whether an edge is only possibly in view (see `possibleInteractions`). */
  isPossible(edge: number): boolean {
    return this.g?.possible[edge] === 1;
  }

  /** An actor's edges in view, newest first. */
  edgesOfActor(node: number): readonly number[] {
    return this.cached(`n${node}`, (g) => newestFirst(g, (g.adj[node] ?? []).filter((i) => g.visible[i])), []);
  }

  /** The edges in view between two actors, newest first. */
  edgesOfPair(a: number, b: number): readonly number[] {
    const p = this.pairIndex(a, b);
    return this.cached(`p${p}`, (g) => newestFirst(g, (g.adj[a] ?? []).filter((i) => g.visible[i] && g.pairOfEdge[i] === p)), []);
  }

  /** Edges in view joining two actors, in the order of the adjacency list (for describing a path's hops). */
  edgesBetween(a: number, b: number): readonly number[] {
    return this.edgesOfPair(a, b);
  }

  /** The shortest paths of the path query in view (null without a query): the ones the canvas highlights. */
  paths(): PathResult | null {
    return this.path?.result ?? null;
  }

  private recountFilterCounts(g: GraphView): void {
    g.fcNodeKinds.reset();
    g.fcEdgeKinds.reset();
    g.fcCountries.reset();
    for (let i = 0; i < g.timeIn.length; i++) if (g.timeIn[i]) this.contributeFilterCounts(g, i, 1);
    this.filterCountsCache = null;
  }

  /** The filter panel's counts (distinct interactions), the same object until they change. */
  filterCounts(): FilterCounts {
    const g = this.g;
    if (!g) return EMPTY_FILTER_COUNTS();
    if (!this.filterCountsLive) {
      this.filterCountsLive = true;
      this.recountFilterCounts(g);
    }
    if (this.filterCountsCache) return this.filterCountsCache;
    const out = EMPTY_FILTER_COUNTS();
    NODE_KINDS.forEach((k, i) => (out.nodeKinds[k] = g.fcNodeKinds.counts[i]!));
    EDGE_KINDS.forEach((k, i) => (out.edgeKinds[k] = g.fcEdgeKinds.counts[i]!));
    g.fcCountries.counts.forEach((c, n) => {
      if (c > 0) out.countries.set(n, c);
    });
    this.filterCountsCache = out;
    return out;
  }

  /** Sources (indices into `graph.sources`) backing at least one tie in view, in the graph's order. */
  sourcesInView(): readonly number[] {
    return this.cached('sources', (g) => g.graph.sources.map((_, s) => s).filter((s) => g.bySource.counts[s]! > 0), []);
  }

  /** Node and interaction kinds drawn, in vocabulary order; idle actors count unless hidden. */
  kindsInView(hideIdle: boolean): { nodeKinds: NodeKind[]; edgeKinds: EdgeKind[] } {
    return this.cached(
      `kinds${hideIdle}`,
      (g) => {
        const nodeKinds = new Set<NodeKind>();
        for (const n of g.graph.nodes) if (!hideIdle || g.nodeDegree[n.index]! > 0) nodeKinds.add(n.kind);
        return { nodeKinds: NODE_KINDS.filter((k) => nodeKinds.has(k)), edgeKinds: EDGE_KINDS.filter((_, i) => g.byKind.counts[i]! > 0) };
      },
      { nodeKinds: [], edgeKinds: [] },
    );
  }

  // ---- Reading: per-graph and per-filter figures, built on first use -------

  private perGraph = new Map<string, unknown>();
  private once<T>(key: string, make: (g: GraphView) => T, empty: T): T {
    const g = this.g;
    if (!g) return empty;
    if (!this.perGraph.has(key)) this.perGraph.set(key, make(g));
    return this.perGraph.get(key) as T;
  }

  /** The search index of the graph, built on the first search. */
  searchIndex(): SearchIndex | null {
    return this.once('search', (g) => buildSearchIndex(g.graph), null);
  }

  /**
   * Builds the search index ahead of the first search, in chunks with
   * `pause()` between them (see buildSearchIndexInChunks); stops if another
   * graph loads meanwhile. A search before it is done builds it at once.
   */
  async prepareSearchIndex(pause: () => Promise<void>): Promise<void> {
    const g = this.g;
    if (!g || this.perGraph.has('search')) return;
    const idx = await buildSearchIndexInChunks(g.graph, pause, () => this.g !== g || this.perGraph.has('search'));
    if (idx && this.g === g && !this.perGraph.has('search')) this.perGraph.set('search', idx);
  }

  /** Interactions beginning per month over [from, to] (the strip under the slider; spans left out). */
  monthlyActivity(from: number, to: number): MonthCount[] {
    return this.once(`activity${from}:${to}`, (g) => monthlyActivity(g.graph.edges.map((e, i) => ({ first: e.first, span: g.span[i] === 1 })), from, to), []);
  }

  /** The pairs drawn as one line whatever "Merge repeats" says (see MAX_PARALLEL_EDGES), built on first use. */
  heavyPairs(): HeavyPairs {
    return this.once('heavy', (g) => heavyPairsOf({ pairOfEdge: g.pairOfEdge, ends: g.pairEnds }), { heavy: new Uint8Array(0), list: [] });
  }

  /** Interaction kinds that occur in the graph, in vocabulary order (switches for absent kinds would be dead). */
  kindsInGraph(): readonly EdgeKind[] {
    return this.once('kinds', (g) => EDGE_KINDS.filter((_, k) => g.kindOf.includes(k)), []);
  }

  private balanceCache: { key: string; mask: Uint8Array | null; buckets: BalanceBuckets } | null = null;
  /** The balance chart's buckets under the current filters (see balanceBuckets), the same object until an input changes. */
  balance(actor: number, counterparts: readonly number[], from: number, to: number, scope: BalanceScope): BalanceBuckets {
    const g = this.g;
    if (!g || actor < 0) return NO_BUCKETS;
    const key = `${actor}|${counterparts.join(',')}|${from}|${to}|${scope}`;
    const c = this.balanceCache;
    if (c && c.key === key && c.mask === this.mask) return c.buckets;
    const buckets = balanceBuckets(g.graph, this.edgesPassingFilters(), actor, [...counterparts], from, to, scope);
    this.balanceCache = { key, mask: this.mask, buckets };
    return buckets;
  }

  private passingCache: { mask: Uint8Array | null; edges: number[] } | null = null;
  /** Every interaction that passes the filters, whatever the date (for a log or chart narrowed to a period). */
  edgesPassingFilters(): readonly number[] {
    const g = this.g;
    if (!g) return [];
    const c = this.passingCache;
    if (c && c.mask === this.mask) return c.edges;
    const mask = this.mask;
    const edges: number[] = [];
    for (let i = 0; i < g.graph.edges.length; i++) if (!mask || mask[i]) edges.push(i);
    this.passingCache = { mask, edges };
    return edges;
  }

  /** The pair number of two actors, or −1 if they share no edge. */
  pairIndex(a: number, b: number): number {
    const g = this.g;
    if (!g || !g.adj[a] || !g.adj[b]) return -1;
    // Through the fewer ties of the two, not a table of every pair (held for the graph's life, it weighed
    // more than the pairs' own arrays); called per click and per list, never per step.
    const [u, v] = g.adj[a]!.length <= g.adj[b]!.length ? [a, b] : [b, a];
    for (const i of g.adj[u]!) {
      const e = g.graph.edges[i]!;
      if ((e.source === u ? e.target : e.source) === v) return g.pairOfEdge[i]!;
    }
    return -1;
  }

  /** The filter mask in use (null: everything passes). */
  get filterMask(): Uint8Array | null {
    return this.mask;
  }

  /** The adjacency (edge indices per actor) of the graph. */
  get adjacency(): readonly number[][] {
    return this.g?.adj ?? [];
  }

  // ---- Reading: for pictures, the video and an event's details (viewParts.ts) ----

  /** The bounds of the time view now (from −∞ in cumulative mode). Read-only. */
  get timeBounds(): Readonly<Bounds> {
    return this.bounds;
  }

  /** What a picture of the view draws (legend kinds, line looks, credited sources), the same object until the view changes. */
  pictureParts(o: PartsOptions): DrawnParts {
    return this.cached(`parts${+o.affiliations}${+o.hideIdle}`, (g) => drawnParts(g.graph, this.edgesInView(), o), NO_PARTS);
  }

  /**
   * What a replay from day `from` to day `to` draws on some frame, in the
   * current mode, window and filters: one legend for a whole video. In a
   * window the "possibly in view" look is included (an imprecise date may
   * reach in or out on some frame).
   */
  partsOverRange(from: number, to: number, o: PartsOptions): DrawnParts {
    const g = this.g;
    const input = this.input;
    if (!g || !input) return NO_PARTS;
    const start = boundsOf({ day: from, mode: input.mode, window: input.window }).from;
    return drawnParts(g.graph, edgesOverRange(g.graph, g.index, this.mask, start, to), o, input.mode === 'window');
  }

  /** Offices held and memberships in view that involve an actor (listed with its ties, never counted as interactions). */
  actorAffiliations(node: number): number {
    return this.cached(`aff${node}`, (g) => affiliationsAmong(g.graph, this.edgesOfActor(node)), 0);
  }

  /**
   * The pair edges of an edge's event when it has several (a meeting of
   * several parties), in graph order, whatever the view; an empty list (always
   * the same one, so a selector can return it) for an event of one edge.
   */
  eventEdges(edge: number): readonly number[] {
    const g = this.g;
    if (!g || !(edge >= 0 && edge < g.eventOf.length) || g.alone[edge]) return NO_EDGES;
    return this.once('events', (x) => eventMembers(x.eventOf, x.alone), new Map<number, number[]>()).get(g.eventOf[edge]!) ?? NO_EDGES;
  }
}

const FC_KIND = 1;
const FC_SOURCE_KIND = 2;
const FC_TARGET_KIND = 4;
const FC_COUNTRY = 8;

/** Each edge's filter tests as bits, so a step's filter-count work is bit arithmetic. */
function filterBitsOf(g: GraphView, t: FilterTests): Uint8Array {
  return Uint8Array.from(
    g.graph.edges,
    (e, i) =>
      (t.edgeKindOk(i) ? FC_KIND : 0) | (t.nodeKindOk(e.source) ? FC_SOURCE_KIND : 0) | (t.nodeKindOk(e.target) ? FC_TARGET_KIND : 0) | (t.countryOk(i) ? FC_COUNTRY : 0),
  );
}

function newestFirst(g: GraphView, edges: number[]): number[] {
  return edges.sort((a, b) => g.graph.edges[b]!.first - g.graph.edges[a]!.first || b - a);
}
