/**
 * The view engine against a brute-force oracle: random walks of date, mode,
 * window, filters, selection, focus, paths and replay over random graphs;
 * after every step every tally, every list and every look is recomputed from
 * scratch and compared, and the change records, applied in order to a blank
 * copy, must give the same looks.
 */
import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../data/schema';
import { toModel } from '../data/toModel';
import { isoFromDay } from './dates';
import { filterMask, filterTests, NO_FILTER, countryOf, type FilterState } from './filters';
import type { TielineGraph } from './model';
import { buildAdjacency, neighbourhood, pathEdges, shortestPaths } from './paths';
import { pairsOf } from './pairs';
import { seededRandom } from './seededRandom';
import { buildTimeIndex } from './timeIndex';
import { boundsOf } from './timeView';
import { PATH_CAP, ViewEngine, type ViewInput } from './viewEngine';
import * as L from './viewLooks';
import { EDGE_KINDS, EDGE_KIND_INFO, NODE_KINDS, countsAsInteraction } from './vocabulary';
import { smallGraph } from '../../tests/fixtures/smallGraph';
import { checkReads } from './viewEngineReads.fixture';

const DAY0 = 19000; // 2022-01-08

function randomGraph(seed: number, nodeCount: number, edgeCount: number): TielineGraph {
  const rnd = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const nodes: GraphFile['nodes'] = [];
  const countries: string[] = [];
  for (let k = 0; k < nodeCount; k++) {
    const kind = k < 3 ? 'country' : pick(NODE_KINDS);
    const id = `n${k}`;
    if (kind === 'country') countries.push(id);
    nodes.push({ id, label: `Actor ${k}`, kind, ...(kind !== 'country' && rnd() < 0.8 ? { country: pick(countries) } : {}) });
  }
  const edges: GraphFile['edges'] = [];
  for (let k = 0; k < edgeCount; k++) {
    const kind = pick(EDGE_KINDS);
    const day = DAY0 + Math.floor(rnd() * 900);
    const precision = rnd();
    const iso = isoFromDay(day);
    const date = precision < 0.5 ? iso : precision < 0.8 ? iso.slice(0, 7) : iso.slice(0, 4);
    const shared = k > 0 && rnd() < 0.25 ? edges[k - 1]! : null;
    const source = pick(nodes).id;
    let target = pick(nodes).id;
    if (target === source) target = nodes[(nodes.findIndex((n) => n.id === source) + 1) % nodes.length]!.id;
    const edge: GraphFile['edges'][number] = {
      id: `e${k}`,
      source,
      target,
      kind: shared ? shared.kind : kind,
      date: shared ? shared.date : date,
      summary: 'x',
      sources: rnd() < 0.5 ? ['a'] : ['a', 'b'],
    };
    if (shared) edge.event = shared.event ?? (shared.event = `ev${k}`);
    if (EDGE_KIND_INFO[edge.kind].span && rnd() < 0.5) edge.end = isoFromDay(day + 30 + Math.floor(rnd() * 400)).slice(0, 7);
    edges.push(edge);
  }
  return toModel({
    schemaVersion: 1,
    title: 't',
    description: 'd',
    defaultRange: { start: isoFromDay(DAY0), end: isoFromDay(DAY0 + 1000) },
    sources: [
      { id: 'a', title: 'A', publisher: 'P', published: '2022', file: 'a.txt' },
      { id: 'b', title: 'B', publisher: 'Q', published: '2022', file: 'b.txt' },
      { id: 'c', title: 'C', publisher: 'R', published: '2022', file: 'c.txt' },
    ],
    nodes,
    edges,
  } as GraphFile);
}

/** Everything the engine says, recomputed from nothing. */
function oracle(graph: TielineGraph, input: ViewInput) {
  const b = boundsOf(input);
  const mask = filterMask(graph, input.filter);
  const timeIn = graph.edges.map((e) => e.first <= b.to && e.last >= b.from);
  const visible = Uint8Array.from(graph.edges, (_, i) => (timeIn[i] && (!mask || mask[i]) ? 1 : 0));
  const possible = graph.edges.map(
    (e, i) => visible[i] === 1 && input.mode === 'window' && !EDGE_KIND_INFO[e.kind].span && (e.first < b.from || e.last > b.to),
  );
  const distinct = (keep: (i: number) => boolean) => new Set(graph.edges.filter((e, i) => keep(i) && countsAsInteraction(e.kind)).map((e) => e.event)).size;
  const degree = new Int32Array(graph.nodes.length);
  graph.edges.forEach((e, i) => {
    if (!visible[i]) return;
    degree[e.source]! += 1;
    if (e.target !== e.source) degree[e.target]! += 1;
  });
  const { pairOfEdge, ends } = pairsOf(graph);
  const adj = buildAdjacency(graph);
  // Looks
  const sel = input.selection;
  let keepN: Set<number> | null = null;
  let keepE: Set<number> | null = null;
  let keepP: Set<number> | null = null;
  let selN = -1;
  let selE = -1;
  let selP = -1;
  if (sel) {
    const n = sel.kind === 'node' ? graph.nodeIndex.get(sel.id) : undefined;
    const e = sel.kind === 'edge' ? graph.edgeIndex.get(sel.id) : undefined;
    const [pa, pb] = sel.kind === 'pair' ? sel.id.split(' ').map((id) => graph.nodeIndex.get(id) ?? -1) : [-1, -1];
    const p = sel.kind === 'pair' ? ends.findIndex(([x, y]) => x === Math.min(pa!, pb!) && y === Math.max(pa!, pb!)) : -1;
    const keepEdge = (i: number) => {
      keepE!.add(i);
      keepN!.add(graph.edges[i]!.source);
      keepN!.add(graph.edges[i]!.target);
      keepP!.add(pairOfEdge[i]!);
    };
    if (n !== undefined || e !== undefined || p >= 0) {
      keepN = new Set();
      keepE = new Set();
      keepP = new Set();
      if (n !== undefined) {
        selN = n;
        keepN.add(n);
        graph.edges.forEach((x, i) => (x.source === n || x.target === n) && visible[i] && keepEdge(i));
      } else if (e !== undefined) {
        selE = e;
        keepEdge(e);
        // The event's other pair edges in view are selected with it.
        graph.edges.forEach((x, i) => i !== e && x.event === graph.edges[e]!.event && visible[i] && keepEdge(i));
      } else {
        selP = p;
        keepP.add(p);
        keepN.add(pa!);
        keepN.add(pb!);
        graph.edges.forEach((_, i) => pairOfEdge[i] === p && visible[i] && keepEdge(i));
      }
    }
  }
  const focus = input.focus ? neighbourhood(graph, adj, visible, input.focus.node, input.focus.depth) : null;
  let path: { nodes: Set<number>; edges: Set<number>; pairs: Set<number>; list: number[][]; more: boolean } | null = null;
  if (input.pathQuery) {
    const all = shortestPaths(graph, adj, visible, input.pathQuery.from, input.pathQuery.to, 1000);
    const list = all.slice(0, PATH_CAP);
    const edges = pathEdges(graph, adj, visible, list);
    path = {
      list,
      more: all.length > PATH_CAP,
      nodes: new Set([input.pathQuery.from, input.pathQuery.to, ...list.flat()]),
      edges,
      pairs: new Set([...edges].map((i) => pairOfEdge[i]!)),
    };
  }
  const layer = (i: number, kept: Set<number> | null, selected: boolean, on: Set<number> | undefined) => {
    let f = 0;
    const onPath = on?.has(i) ?? false;
    if (path) f |= onPath ? L.ON_PATH : L.OFF_PATH;
    if (kept && !kept.has(i) && !onPath) f |= L.FADED;
    if (selected) f |= L.SELECTED;
    return f;
  };
  const fresh = (i: number) => {
    if (input.replaySpeed === null || !visible[i]) return 0;
    const first = graph.edges[i]!.first;
    const recentDays = Math.max(7, input.replaySpeed * 1.4);
    const freshDays = Math.max(3, input.replaySpeed * 0.6);
    if (!(first > input.day - recentDays && first <= input.day)) return 0;
    return first > input.day - freshDays ? L.FRESH : L.RECENT;
  };
  const edgeLooks = graph.edges.map(
    (_, i) => (visible[i] ? L.SHOWN : 0) | (possible[i] ? L.POSSIBLE : 0) | fresh(i) | layer(i, keepE, i === selE || (selE >= 0 && visible[i] === 1 && graph.edges[i]!.event === graph.edges[selE]!.event), path?.edges),
  );
  const nodeLooks = graph.nodes.map(
    (n) =>
      (degree[n.index]! > 0 ? L.ACTIVE : 0) |
      (input.filter.hiddenNodeKinds.includes(n.kind) ? L.FILTERED : 0) |
      (focus && !focus.has(n.index) ? L.OUTSIDE : 0) |
      layer(n.index, keepN, n.index === selN, path?.nodes),
  );
  // A selected interaction shows on its pair's line (merged, or a heavy pair's).
  const pairLooks = ends.map((_, p) => (graph.edges.some((_, i) => visible[i] && pairOfEdge[i] === p) ? L.ACTIVE : 0) | layer(p, keepP, p === selP || (selE >= 0 && graph.edges.some((x, i) => pairOfEdge[i] === p && (i === selE || (visible[i] === 1 && x.event === graph.edges[selE]!.event)))), path?.pairs));
  // Filter counts, distinct interactions over the time view before filtering.
  const t = filterTests(graph, input.filter);
  const fc = { nodeKinds: new Map<string, Set<string>>(), edgeKinds: new Map<string, Set<string>>(), countries: new Map<number, Set<string>>() };
  const put = <K,>(map: Map<K, Set<string>>, key: K, ev: string) => map.set(key, (map.get(key) ?? new Set()).add(ev));
  graph.edges.forEach((e, i) => {
    if (!timeIn[i]) return;
    const kindOk = t.edgeKindOk(i);
    const nodesOk = t.nodeKindOk(e.source) && t.nodeKindOk(e.target);
    const countryOk = t.countryOk(i);
    if (nodesOk && countryOk) put(fc.edgeKinds, e.kind, e.event);
    if (!countsAsInteraction(e.kind)) return;
    const a = graph.nodes[e.source]!.kind;
    const bk = graph.nodes[e.target]!.kind;
    if (kindOk && countryOk) {
      if (t.nodeKindOk(e.target) || a === bk) put(fc.nodeKinds, a, e.event);
      if (bk !== a && t.nodeKindOk(e.source)) put(fc.nodeKinds, bk, e.event);
    }
    if (kindOk && nodesOk) {
      const ca = countryOf(graph, e.source);
      const cb = countryOf(graph, e.target);
      if (ca >= 0) put(fc.countries, ca, e.event);
      if (cb >= 0 && cb !== ca) put(fc.countries, cb, e.event);
    }
  });
  const inView = [...graph.edges.keys()].filter((i) => visible[i]);
  const newest = (xs: number[]) => xs.sort((x, y) => graph.edges[y]!.first - graph.edges[x]!.first || y - x);
  return {
    interactions: distinct((i) => visible[i] === 1),
    possible: distinct((i) => possible[i]!),
    actors: [...degree].filter((d) => d > 0).length,
    ties: inView.length,
    degree: [...degree],
    byKind: EDGE_KINDS.map((k) => new Set(inView.filter((i) => graph.edges[i]!.kind === k).map((i) => graph.edges[i]!.event)).size),
    byActor: graph.nodes.map((n) => distinct((i) => visible[i] === 1 && (graph.edges[i]!.source === n.index || graph.edges[i]!.target === n.index))),
    byPair: ends.map((_, p) => distinct((i) => visible[i] === 1 && pairOfEdge[i] === p)),
    bySource: graph.sources.map((s) => new Set(inView.filter((i) => graph.edges[i]!.sources.includes(s.id)).map((i) => graph.edges[i]!.event)).size),
    edgesInView: [...inView].sort((x, y) => graph.edges[x]!.first - graph.edges[y]!.first || x - y),
    edgesOfActor: graph.nodes.map((n) => newest(inView.filter((i) => graph.edges[i]!.source === n.index || graph.edges[i]!.target === n.index))),
    filterCounts: {
      nodeKinds: Object.fromEntries(NODE_KINDS.map((k) => [k, fc.nodeKinds.get(k)?.size ?? 0])),
      edgeKinds: Object.fromEntries(EDGE_KINDS.map((k) => [k, fc.edgeKinds.get(k)?.size ?? 0])),
      countries: new Map([...fc.countries].map(([c, s]) => [c, s.size])),
    },
    paths: path ? { list: path.list, more: path.more } : null,
    edgeLooks,
    nodeLooks,
    pairLooks,
  };
}

/** The engine's input for a graph: cumulative to 500 days after DAY0, no filter, selection, focus, path or replay, unless `over` says otherwise. */
function viewInput(graph: TielineGraph, over: Partial<ViewInput> = {}): ViewInput {
  return {
    graph,
    timeIndex: buildTimeIndex(graph.edges),
    day: DAY0 + 500,
    mode: 'cumulative',
    window: { amount: 3, unit: 'month' },
    filter: NO_FILTER,
    selection: null,
    focus: null,
    pathQuery: null,
    replaySpeed: null,
    ...over,
  };
}

function randomWalk(graph: TielineGraph, seed: number, steps: number) {
  const rnd = seededRandom(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const engine = new ViewEngine();
  let input = viewInput(graph, { day: DAY0 + int(1000) });
  // A renderer that knows only the change records.
  const applied = { edges: new Uint16Array(graph.edges.length), nodes: new Uint16Array(graph.nodes.length), pairs: new Uint16Array(pairsOf(graph).pairCount) };
  let lastStep = 0;
  let prevDegree: number[] = new Array<number>(graph.nodes.length).fill(0);
  // Actors the records named as changing degree since the last check.
  const namedDegrees = new Set<number>();
  engine.subscribe((r) => {
    expect(r.step).toBe(lastStep + 1);
    lastStep = r.step;
    for (const n of r.degrees) namedDegrees.add(n);
    for (const kind of ['edges', 'nodes', 'pairs'] as const) {
      r[kind].index.forEach((i, k) => {
        expect(applied[kind][i]).toBe(r[kind].was[k]);
        expect(r[kind].now[k]).not.toBe(r[kind].was[k]);
        applied[kind][i] = r[kind].now[k]!;
      });
    }
  });
  const toggled = <T,>(xs: readonly T[], x: T) => (xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x]);
  const ids = (k: 'node' | 'edge' | 'pair') =>
    k === 'node' ? graph.nodes[int(graph.nodes.length)]!.id : k === 'edge' ? graph.edges[int(graph.edges.length)]!.id : `${graph.nodes[int(graph.nodes.length)]!.id} ${graph.nodes[int(graph.nodes.length)]!.id}`;
  for (let s = 0; s < steps; s++) {
    const r = rnd();
    const next: ViewInput = { ...input };
    if (r < 0.3) next.day = input.day + int(80) - 40;
    else if (r < 0.4) next.day = DAY0 - 50 + int(1100);
    else if (r < 0.45) next.mode = input.mode === 'window' ? 'cumulative' : 'window';
    else if (r < 0.5) next.window = { amount: 1 + int(40), unit: rnd() < 0.5 ? 'day' : 'month' };
    else if (r < 0.6) {
      const f: FilterState = input.filter;
      const c = rnd();
      next.filter =
        c < 0.33
          ? { ...f, hiddenNodeKinds: toggled(f.hiddenNodeKinds, NODE_KINDS[int(3)]!) }
          : c < 0.66
            ? { ...f, hiddenEdgeKinds: toggled(f.hiddenEdgeKinds, EDGE_KINDS[int(EDGE_KINDS.length)]!) }
            : c < 0.9
              ? { ...f, countries: toggled(f.countries, int(3)) }
              : NO_FILTER;
    } else if (r < 0.72) {
      const k = (['node', 'edge', 'pair'] as const)[int(3)]!;
      next.selection = rnd() < 0.2 ? null : rnd() < 0.05 ? { kind: k, id: 'nobody' } : { kind: k, id: ids(k) };
    } else if (r < 0.8) next.focus = rnd() < 0.3 ? null : { node: int(graph.nodes.length), depth: rnd() < 0.5 ? 1 : 2 };
    else if (r < 0.9) next.pathQuery = rnd() < 0.3 ? null : { from: int(graph.nodes.length), to: int(graph.nodes.length) };
    else next.replaySpeed = input.replaySpeed === null ? [30, 91, 365][int(3)]! : null;
    input = next;
    engine.update(input);
    const o = oracle(graph, input);
    const where = `step ${s} (${JSON.stringify({ ...input, graph: undefined, timeIndex: undefined })})`;
    expect(engine.interactions, where).toBe(o.interactions);
    expect(engine.possibleInteractions, where).toBe(o.possible);
    expect(engine.actors, where).toBe(o.actors);
    expect(engine.ties, where).toBe(o.ties);
    expect(EDGE_KINDS.map((k) => engine.kindCount(k)), where).toEqual(o.byKind);
    expect(graph.nodes.map((n) => engine.actorCount(n.index)), where).toEqual(o.byActor);
    expect(pairsOf(graph).ends.map((_, p) => engine.pairCountOf(p)), where).toEqual(o.byPair);
    expect(graph.sources.map((_, k) => engine.sourceCount(k)), where).toEqual(o.bySource);
    expect([...engine.edgesInView()], where).toEqual(o.edgesInView);
    const someone = s % graph.nodes.length;
    expect([...engine.edgesOfActor(someone)], where).toEqual(o.edgesOfActor[someone]);
    expect(engine.filterCounts(), where).toEqual(o.filterCounts);
    expect(engine.paths(), where).toEqual(o.paths);
    expect([...engine.looks.edges], where).toEqual(o.edgeLooks);
    expect([...engine.looks.nodes], where).toEqual(o.nodeLooks);
    expect([...engine.looks.pairs], where).toEqual(o.pairLooks);
    expect([...applied.edges], `${where}: records`).toEqual(o.edgeLooks);
    expect([...applied.nodes], `${where}: records`).toEqual(o.nodeLooks);
    expect([...applied.pairs], `${where}: records`).toEqual(o.pairLooks);
    // Every actor whose degree changed is named in the step's record.
    const changed = o.degree.flatMap((d, n) => (d !== prevDegree[n] ? [n] : []));
    expect(changed.filter((n) => !namedDegrees.has(n)), where).toEqual([]);
    namedDegrees.clear();
    prevDegree = o.degree;
    checkReads(graph, input, engine, seed * 1000 + s, where);
  }
  return engine;
}

describe('view engine against a brute-force oracle', () => {
  it.each([
    [1, 12, 60],
    [2, 30, 200],
    [3, 6, 40],
  ])('random walk %i (%i actors, %i edges)', (seed, nodes, edges) => {
    randomWalk(randomGraph(seed, nodes, edges), seed * 7, 250);
  });

  it('a walk over the shipped test subset', () => {
    randomWalk(smallGraph(), 11, 200);
  });
});

describe('view engine', () => {

  it('counts an event with several pairs once, and never counts an affiliation', () => {
    const file: GraphFile = {
      schemaVersion: 1,
      title: 't',
      description: 'd',
      defaultRange: { start: '2022-01-01', end: '2022-12-31' },
      sources: [{ id: 'a', title: 'A', publisher: 'P', published: '2022', file: 'a.txt' }],
      nodes: [
        { id: 'x', label: 'X', kind: 'country' },
        { id: 'y', label: 'Y', kind: 'country' },
        { id: 'z', label: 'Z', kind: 'country' },
        { id: 'p', label: 'P', kind: 'person', country: 'x' },
      ],
      edges: [
        { id: 'm1', event: 'summit', source: 'x', target: 'y', kind: 'meeting', date: '2022-03-01', summary: 's', sources: ['a'] },
        { id: 'm2', event: 'summit', source: 'x', target: 'z', kind: 'meeting', date: '2022-03-01', summary: 's', sources: ['a'] },
        { id: 'r', source: 'p', target: 'x', kind: 'role', date: '2021', summary: 's', sources: ['a'] },
      ],
    };
    const graph = toModel(file);
    const engine = new ViewEngine();
    engine.update(viewInput(graph, { day: toModel(file).defaultRange.last }));
    expect(engine.interactions).toBe(1);
    expect(engine.totalInteractions).toBe(1);
    expect(engine.ties).toBe(3);
    expect(engine.actorCount(graph.nodeIndex.get('x')!)).toBe(1);
    expect(engine.actorCount(graph.nodeIndex.get('p')!)).toBe(0);
    expect(engine.kindCount('role')).toBe(1);
  });

  it('marks an interaction dated only by month as possibly in a window that covers part of that month', () => {
    const graph = smallGraph(); // 'evac' is dated March 2022
    const engine = new ViewEngine();
    const evac = graph.edgeIndex.get('evac')!;
    const day = graph.edges[evac]!.first + 9; // 10 March 2022
    engine.update(viewInput(graph, { day, mode: 'window', window: { amount: 5, unit: 'day' } }));
    expect(engine.isPossible(evac)).toBe(true);
    expect(engine.possibleInteractions).toBe(1);
    expect(engine.looks.edges[evac]! & L.POSSIBLE).toBe(L.POSSIBLE);
    engine.update(viewInput(graph, { day: graph.edges[evac]!.last, mode: 'window', window: { amount: 1, unit: 'month' } }));
    expect(engine.isPossible(evac)).toBe(false);
    engine.update(viewInput(graph, { day, mode: 'cumulative' }));
    expect(engine.possibleInteractions).toBe(0);
  });

  it('touches only the elements whose look changed while an actor is selected', () => {
    const graph = randomGraph(5, 40, 400);
    const engine = new ViewEngine();
    const son = { kind: 'node' as const, id: graph.nodes[3]!.id };
    let base = viewInput(graph, { selection: son });
    engine.update(base);
    base = { ...base, day: base.day + 1 };
    const r = engine.update(base);
    const changedEdges = r?.edges.index.length ?? 0;
    // One day moves a handful of interactions, not the whole picture.
    expect(changedEdges).toBeLessThan(graph.edges.length / 10);
  });
});
