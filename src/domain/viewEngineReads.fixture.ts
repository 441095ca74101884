/**
 * Tests only: brute-force oracles for the engine's on-demand reads (sources
 * and kinds in view, a pair's edges, an actor's affiliations, the interactions passing the filters,
 * the balance chart's buckets, a picture's and a replay's parts, an event's
 * edges), checked after every step of viewEngine.test.ts's random walks.
 * Written from the definitions, over every interaction, without the engine's
 * helpers (filters, kindsInView, balanceBuckets, viewParts).
 */
import { expect } from 'vitest';
import { dayFromParts, partsFromDay } from './dates';
import type { TielineGraph } from './model';
import { seededRandom } from './seededRandom';
import { boundsOf } from './timeView';
import type { ViewEngine, ViewInput } from './viewEngine';
import { EDGE_KINDS, EDGE_KIND_INFO, NODE_KINDS } from './vocabulary';

const AFFILIATION_KINDS = new Set<string>(EDGE_KINDS.filter((k) => EDGE_KIND_INFO[k].affiliation));
/** Statistics (as affiliations) are drawn but are no events of the chart. */
const NOT_EVENTS = new Set<string>(EDGE_KINDS.filter((k) => EDGE_KIND_INFO[k].affiliation || EDGE_KIND_INFO[k].statistic));
const LOOK_ORDER = ['planned', 'disputed', 'possible', 'abstain', 'affiliation'];

/** Whether interaction `i` passes the filters, from the filter state's definition. */
function passes(graph: TielineGraph, input: ViewInput, i: number): boolean {
  const f = input.filter;
  const e = graph.edges[i]!;
  if (f.hiddenEdgeKinds.includes(e.kind)) return false;
  if (f.hiddenNodeKinds.includes(graph.nodes[e.source]!.kind) || f.hiddenNodeKinds.includes(graph.nodes[e.target]!.kind)) return false;
  if (f.countries.length === 0) return true;
  const countryOfNode = (n: number) => (graph.nodes[n]!.kind === 'country' ? n : graph.nodes[n]!.countryIndex);
  return f.countries.includes(countryOfNode(e.source)) || f.countries.includes(countryOfNode(e.target));
}

/** Legend kinds, line looks and sources of a set of interactions, as a picture of them draws. */
function parts(graph: TielineGraph, edges: number[], affiliations: boolean, hideIdle: boolean, possible: boolean) {
  const drawn = edges.filter((i) => affiliations || !AFFILIATION_KINDS.has(graph.edges[i]!.kind));
  const looks = new Set<string>(possible ? ['possible'] : []);
  for (const i of drawn) {
    const e = graph.edges[i]!;
    if (e.status === 'planned' || e.status === 'disputed') looks.add(e.status);
    if (e.kind === 'vote' && e.position === 'abstain') looks.add('abstain');
    if (AFFILIATION_KINDS.has(e.kind)) looks.add('affiliation');
  }
  const ends = new Set(drawn.flatMap((i) => [graph.edges[i]!.source, graph.edges[i]!.target]));
  return {
    nodeKinds: NODE_KINDS.filter((k) => graph.nodes.some((n) => n.kind === k && (!hideIdle || ends.has(n.index)))),
    edgeKinds: EDGE_KINDS.filter((k) => drawn.some((i) => graph.edges[i]!.kind === k)),
    lineLooks: LOOK_ORDER.filter((l) => looks.has(l)),
    sources: graph.sources.flatMap((s, k) => (drawn.some((i) => graph.edges[i]!.sources.includes(s.id)) ? [k] : [])),
  };
}

/** The balance chart's rows, years and unplaced count, counted from the chart's definition. */
function balance(graph: TielineGraph, input: ViewInput, actor: number, counterparts: number[], from: number, to: number, scope: 'contacts' | 'all') {
  const inGroup = (n: number, group: number) => n === group || (graph.nodes[group]!.kind === 'country' && graph.nodes[n]!.countryIndex === group);
  const quarterEnd = (y: number, q: number) => dayFromParts(y, q * 3 + 1, 1) - 1;
  const firstYear = partsFromDay(from).year;
  const lastYear = partsFromDay(to).year;
  // Rows: every quarter overlapping [from, to]; a year's "date not given" row after its quarters, when it has an event.
  const rows = new Map<string, number[]>();
  for (let y = firstYear; y <= lastYear; y++) {
    for (let q = 1; q <= 4; q++) if (quarterEnd(y, q) >= from && dayFromParts(y, q * 3 - 2, 1) <= to) rows.set(`${y}:${q}`, counterparts.map(() => 0));
  }
  const undated = new Map<number, number[]>();
  let unplaced = 0;
  const events = new Map<string, number[]>();
  for (let i = 0; i < graph.edges.length; i++) {
    const e = graph.edges[i]!;
    if (!passes(graph, input, i) || NOT_EVENTS.has(e.kind)) continue;
    events.set(e.event, [...(events.get(e.event) ?? []), i]);
  }
  for (const edges of events.values()) {
    const lead = graph.edges[edges[0]!]!;
    if (EDGE_KIND_INFO[lead.kind].span || (scope === 'contacts' && !['meeting', 'visit', 'call'].includes(lead.kind))) continue;
    if (lead.last < from || lead.first > to) continue;
    const hits = counterparts.map((c) =>
      edges.some((i) => {
        const e = graph.edges[i]!;
        return (inGroup(e.source, actor) && inGroup(e.target, c)) || (inGroup(e.target, actor) && inGroup(e.source, c));
      }),
    );
    if (!hits.some(Boolean)) continue;
    const p = partsFromDay(lead.first);
    const q = Math.floor((p.month - 1) / 3) + 1;
    let counts: number[] | undefined;
    if (lead.last <= quarterEnd(p.year, q)) counts = rows.get(`${p.year}:${q}`);
    else if (lead.last <= dayFromParts(p.year, 12, 31) && p.year >= firstYear && p.year <= lastYear) {
      if (!undated.has(p.year)) undated.set(p.year, counterparts.map(() => 0));
      counts = undated.get(p.year);
    }
    if (!counts) {
      unplaced++;
      continue;
    }
    hits.forEach((h, k) => h && (counts[k]! += 1));
  }
  const list: string[] = [];
  const years: { year: number; counts: number[] }[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    const keys = [...rows.keys()].filter((k) => k.startsWith(`${y}:`));
    const all = [...keys.map((k) => [k, rows.get(k)!] as const), ...(undated.has(y) ? [[`${y}:y`, undated.get(y)!] as const] : [])];
    for (const [k, c] of all) list.push(`${k} ${c.join(',')}`);
    if (all.length) years.push({ year: y, counts: counterparts.map((_, k) => all.reduce((n, [, c]) => n + c[k]!, 0)) });
  }
  return { rows: list, years, unplaced };
}

type BalanceQuestion = { actor: number; counterparts: number[]; from: number; to: number; scope: 'contacts' | 'all' };
const lastBalance = new WeakMap<ViewEngine, BalanceQuestion>();

function checkBalance(graph: TielineGraph, input: ViewInput, engine: ViewEngine, q: BalanceQuestion, where: string): void {
  const got = engine.balance(q.actor, q.counterparts, q.from, q.to, q.scope);
  expect(
    { rows: got.rows.map((r) => `${r.bucket.year}:${r.bucket.q ?? 'y'} ${r.events.map((l) => l.length).join(',')}`), years: got.years, unplaced: got.unplaced },
    `${where}: balance(${JSON.stringify(q)})`,
  ).toEqual(balance(graph, input, q.actor, q.counterparts, q.from, q.to, q.scope));
}

/**
 * Checks every on-demand read against its oracle after a step of a walk.
 * `seed` picks the pair, actors, range and options asked about at this step.
 */
export function checkReads(graph: TielineGraph, input: ViewInput, engine: ViewEngine, seed: number, where: string): void {
  const rnd = seededRandom(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const b = boundsOf(input);
  const visible = graph.edges.map((e, i) => e.first <= b.to && e.last >= b.from && passes(graph, input, i));
  const inView = graph.edges.flatMap((_, i) => (visible[i] ? [i] : []));

  expect([...engine.sourcesInView()], `${where}: sourcesInView`).toEqual(graph.sources.flatMap((s, k) => (inView.some((i) => graph.edges[i]!.sources.includes(s.id)) ? [k] : [])));
  for (const hideIdle of [false, true]) {
    const ends = new Set(inView.flatMap((i) => [graph.edges[i]!.source, graph.edges[i]!.target]));
    expect(engine.kindsInView(hideIdle), `${where}: kindsInView(${hideIdle})`).toEqual({
      nodeKinds: NODE_KINDS.filter((k) => graph.nodes.some((n) => n.kind === k && (!hideIdle || ends.has(n.index)))),
      edgeKinds: EDGE_KINDS.filter((k) => inView.some((i) => graph.edges[i]!.kind === k)),
    });
  }

  // A pair that shares an edge most of the time, any two actors otherwise.
  const [x, y] = rnd() < 0.8 ? [graph.edges[int(graph.edges.length)]!.source, graph.edges[int(graph.edges.length)]!.target] : [int(graph.nodes.length), int(graph.nodes.length)];
  const some = graph.edges[int(graph.edges.length)]!;
  const [a, c] = rnd() < 0.7 ? [some.source, some.target] : [x!, y!];
  const ofPair = inView
    .filter((i) => {
      const e = graph.edges[i]!;
      return (e.source === a && e.target === c) || (e.source === c && e.target === a);
    })
    .sort((p, q) => graph.edges[q]!.first - graph.edges[p]!.first || q - p);
  const affiliationsOf = inView.filter((i) => AFFILIATION_KINDS.has(graph.edges[i]!.kind) && (graph.edges[i]!.source === a || graph.edges[i]!.target === a)).length;
  expect(engine.actorAffiliations(a), `${where}: actorAffiliations(${a})`).toBe(affiliationsOf);
  expect([...engine.edgesOfPair(a, c)], `${where}: edgesOfPair(${a}, ${c})`).toEqual(ofPair);
  expect([...engine.edgesBetween(c, a)], `${where}: edgesBetween(${c}, ${a})`).toEqual(ofPair);

  expect([...engine.edgesPassingFilters()], `${where}: edgesPassingFilters`).toEqual(graph.edges.flatMap((_, i) => (passes(graph, input, i) ? [i] : [])));

  // The two ends of an interaction most of the time (so the chart has events), any actors otherwise.
  const tie = graph.edges[int(graph.edges.length)]!;
  const actor = rnd() < 0.7 ? tie.source : int(graph.nodes.length);
  const counterparts = [rnd() < 0.7 ? tie.target : int(graph.nodes.length), int(graph.nodes.length)].filter((n, k, xs) => n !== actor && xs.indexOf(n) === k);
  const from = input.day - 400 + int(400);
  const to = from + int(700);
  const scope: BalanceQuestion['scope'] = rnd() < 0.5 ? 'contacts' : 'all';
  // Half the time the chart asks again what it asked at the last step (a cached answer must follow the filters).
  const asked = rnd() < 0.5 ? (lastBalance.get(engine) ?? { actor, counterparts, from, to, scope }) : { actor, counterparts, from, to, scope };
  lastBalance.set(engine, asked);
  checkBalance(graph, input, engine, asked, where);

  const affiliations = rnd() < 0.5;
  const hideIdle = rnd() < 0.5;
  const o = { affiliations, hideIdle };
  expect(engine.pictureParts(o), `${where}: pictureParts(${JSON.stringify(o)})`).toEqual(parts(graph, inView, affiliations, hideIdle, false));
  // A replay from `start` to `end` shows, on some frame, whatever overlaps the view at `start` widened to `end`.
  const start = input.day - 200 + int(300);
  const end = start + int(400);
  const first = boundsOf({ ...input, day: start }).from;
  const over = graph.edges.flatMap((e, i) => (e.first <= end && e.last >= first && passes(graph, input, i) ? [i] : []));
  expect(engine.partsOverRange(start, end, o), `${where}: partsOverRange(${start}, ${end}, ${JSON.stringify(o)})`).toEqual(parts(graph, over, affiliations, hideIdle, input.mode === 'window'));

  const edge = int(graph.edges.length);
  const members = graph.edges.flatMap((e, i) => (e.event === graph.edges[edge]!.event ? [i] : []));
  expect([...engine.eventEdges(edge)], `${where}: eventEdges(${edge})`).toEqual(members.length > 1 ? members : []);
}
