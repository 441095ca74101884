/**
 * Search over actors (names, aliases, roles), interactions (participants,
 * kind, place, date as written, summary), places and periods. Every typed
 * word must match (by prefix, stem, a related word or a small typo), words
 * may match different fields ("putin visit"), and a date or period in the
 * query ("March 2022", "2024") narrows interactions to it. Results come
 * grouped, best first, one per event; a miss comes with nearest matches.
 */
import { formatFuzzy } from './dates';
import { groupEvents } from './events';
import type { TielineGraph } from './model';
import { parsePeriod, within, type Period } from './searchPeriod';
import { editDistance, RELATED_WORDS, STOP_WORDS, tokenize, wordMatch } from './searchText';
import { EDGE_KIND_INFO, isAffiliation } from './vocabulary';

export { normalizeText } from './searchText';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const POSITION_WORDS: Record<string, string> = { yes: 'voted for in favour', no: 'voted against', abstain: 'abstained abstention', absent: 'absent did not vote' };

/** Field weights: a name counts more than a word in a summary. */
const W = { label: 4, alias: 3.5, role: 1.5, party: 3, partyAlias: 2.5, partyCountry: 1.5, kind: 2.5, place: 2, date: 2, summary: 1 };

export interface SearchIndex {
  graph: TielineGraph;
  /**
   * Every distinct word, and per word the entries holding it with the field's
   * weight, as flat pairs [entry, weight, entry, weight, …] (no object per
   * pair: 50,000 interactions make close to a million). Entry k < nodes.length
   * is node k, else edge k − nodes.length.
   */
  postings: Map<string, number[]>;
  places: { place: string; words: string[]; edges: number[] }[];
}

function add(idx: SearchIndex, entry: number, text: string | readonly string[], weight: number) {
  for (const w of typeof text === 'string' ? new Set(tokenize(text)) : text) {
    let list = idx.postings.get(w);
    if (!list) idx.postings.set(w, (list = []));
    const n = list.length;
    if (n > 0 && list[n - 2] === entry) list[n - 1] = Math.max(list[n - 1]!, weight);
    else list.push(entry, weight);
  }
}

/** Builds the search index once per graph. */
export function buildSearchIndex(graph: TielineGraph): SearchIndex {
  const steps = searchIndexSteps(graph, Number.POSITIVE_INFINITY);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Builds the same index as buildSearchIndex, `chunk` interactions at a time
 * with `pause()` awaited between chunks: 100,000 interactions take about a
 * second, which must not be one task while a large graph is being drawn.
 * Resolves to null when `stopped()` turns true between chunks.
 */
export async function buildSearchIndexInChunks(graph: TielineGraph, pause: () => Promise<void>, stopped: () => boolean = () => false, chunk = 4000): Promise<SearchIndex | null> {
  const steps = searchIndexSteps(graph, chunk);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
    if (stopped()) return null;
  }
}

/** The index's building, yielding after every `chunk` interactions. */
function* searchIndexSteps(graph: TielineGraph, chunk: number): Generator<void, SearchIndex> {
  const idx: SearchIndex = { graph, postings: new Map(), places: [] };
  const N = graph.nodes.length;
  for (const n of graph.nodes) {
    add(idx, n.index, n.label, W.label);
    for (const a of n.aliases) add(idx, n.index, a, W.alias);
    if (n.role) add(idx, n.index, n.role, W.role);
  }
  const places = new Map<string, SearchIndex['places'][number]>();
  // Words worked out once per actor, date and kind: the same few recur across 50,000 interactions.
  const memo = new Map<string, string[]>();
  const words = (key: string, text: () => string) => {
    let w = memo.get(key);
    if (!w) memo.set(key, (w = [...new Set(tokenize(text()))]));
    return w;
  };
  for (const e of graph.edges) {
    if (e.index > 0 && e.index % chunk === 0) yield;
    const k = N + e.index;
    const info = EDGE_KIND_INFO[e.kind];
    // Fields in rising weight, so a word in a name outranks the same word in the summary.
    add(idx, k, e.summary, W.summary);
    for (const end of [e.source, e.target]) {
      const n = graph.nodes[end]!;
      if (n.countryIndex >= 0 && n.countryIndex !== end) add(idx, k, words(`n${n.countryIndex}`, () => graph.nodes[n.countryIndex]!.label), W.partyCountry);
      add(idx, k, words(`a${end}`, () => n.aliases.join(' ')), W.partyAlias);
      add(idx, k, words(`n${end}`, () => n.label), W.party);
    }
    if (e.place) add(idx, k, words(`p${e.place}`, () => e.place!), W.place);
    add(idx, k, words(`d${e.date.iso}`, () => `${formatFuzzy(e.date)} ${e.date.iso} ${e.date.precision === 'year' ? '' : MONTH_NAMES[Number(e.date.iso.slice(5, 7)) - 1]}`), W.date);
    add(idx, k, words(`k${e.kind}${e.position ?? ''}`, () => `${info.label} ${info.plural} ${e.kind} ${e.position ? POSITION_WORDS[e.position] : ''}`), W.kind);
    if (e.place && !isAffiliation(e.kind)) {
      let p = places.get(e.place);
      if (!p) places.set(e.place, (p = { place: e.place, words: [...new Set(tokenize(e.place))], edges: [] }));
      p.edges.push(e.index);
    }
  }
  idx.places = [...places.values()];
  return idx;
}

export interface ActorHit {
  index: number;
  score: number;
}
export interface InteractionHit {
  /** The best-matching edge of the event. */
  index: number;
  event: string;
  /** Every edge of the event (within the period, if one was asked), so the result can name all participants. */
  edges: number[];
  score: number;
}
export interface PlaceHit {
  place: string;
  /** Events at the place. */
  count: number;
}
export interface PeriodHit extends Period {
  /** Events dated within the period (their whole date, as written). */
  count: number;
}

export interface SearchResults {
  actors: ActorHit[];
  interactions: InteractionHit[];
  places: PlaceHit[];
  period: PeriodHit | null;
  /** Totals before the display limit. */
  counts: { actors: number; interactions: number; places: number };
  /** When nothing matched: other queries that would match, nearest first. */
  nearest: string[];
}

const EMPTY: SearchResults = { actors: [], interactions: [], places: [], period: null, counts: { actors: 0, interactions: 0, places: 0 }, nearest: [] };

/** Per typed word, the best score of each entry (0 = not matched). */
function scoreWord(idx: SearchIndex, typed: string, size: number): Float32Array {
  const out = new Float32Array(size);
  const alts: [string, number][] = [[typed, 1], ...(RELATED_WORDS[typed] ?? []).map((w): [string, number] => [w, 0.9])];
  for (const [word, list] of idx.postings) {
    let q = 0;
    for (const [alt, factor] of alts) q = Math.max(q, wordMatch(alt, word) * factor);
    if (q === 0) continue;
    for (let k = 0; k < list.length; k += 2) {
      const v = q * list[k + 1]!;
      if (v > out[list[k]!]!) out[list[k]!] = v;
    }
  }
  return out;
}

/** Words of the query that nothing matches, each with the nearest words of the data (edit distance ≤ 3). */
function nearestWords(idx: SearchIndex, typed: string): string[] {
  const scored: [string, number][] = [];
  for (const word of idx.postings.keys()) {
    if (word.length < 3 || /\d/.test(word)) continue;
    const d = editDistance(typed, word, 3);
    if (d <= 3) scored.push([word, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || idx.postings.get(b[0])!.length - idx.postings.get(a[0])!.length).slice(0, 3).map(([w]) => w);
}

/** Searches; `limit` caps each group (counts say how many there are in all). */
export function searchGraph(idx: SearchIndex, query: string, limit = 6, withNearest = true): SearchResults {
  const graph = idx.graph;
  const { period, rest } = parsePeriod(query);
  const typed = tokenize(rest);
  if (!period && typed.length === 0) return EMPTY;
  const N = graph.nodes.length;
  const size = N + graph.edges.length;
  const needed = typed.filter((t) => !STOP_WORDS.has(t));
  const required = needed.length > 0 ? needed : typed;
  const optional = typed.filter((t) => !required.includes(t));
  const total = new Float32Array(size);
  const pass = new Uint8Array(size).fill(1);
  for (const t of required) {
    const s = scoreWord(idx, t, size);
    for (let k = 0; k < size; k++) {
      if (s[k] === 0) pass[k] = 0;
      else total[k]! += s[k]!;
    }
  }
  for (const t of optional) {
    const s = scoreWord(idx, t, size);
    for (let k = 0; k < size; k++) total[k]! += s[k]! * 0.25;
  }
  const edgeOk = (i: number) => !isAffiliation(graph.edges[i]!.kind) && (!period || within(graph.edges[i]!.date, period));

  const actors: ActorHit[] = [];
  if (required.length > 0) {
    for (let k = 0; k < N; k++) if (pass[k]) actors.push({ index: k, score: total[k]! });
    actors.sort((a, b) => b.score - a.score || graph.nodes[a.index]!.label.length - graph.nodes[b.index]!.label.length);
  }

  const best = new Map<string, InteractionHit>();
  for (let i = 0; i < graph.edges.length; i++) {
    if ((required.length > 0 && !pass[N + i]) || !edgeOk(i)) continue;
    const e = graph.edges[i]!;
    const score = required.length > 0 ? total[N + i]! : 1;
    const had = best.get(e.event);
    if (!had || score > had.score) best.set(e.event, { index: i, event: e.event, edges: [], score });
  }
  // Every edge of a matching event belongs to the result, so it can name all participants.
  for (let i = 0; i < graph.edges.length; i++) if (edgeOk(i)) best.get(graph.edges[i]!.event)?.edges.push(i);
  // Best first; among equals, the latest first (the question is usually about the recent past).
  const interactions = [...best.values()].sort((a, b) => b.score - a.score || graph.edges[b.index]!.first - graph.edges[a.index]!.first);

  const places: PlaceHit[] = [];
  if (required.length > 0) {
    for (const p of idx.places) {
      if (!required.every((t) => p.words.some((w) => wordMatch(t, w) > 0))) continue;
      const edges = p.edges.filter(edgeOk);
      const count = groupEvents(graph, edges).length;
      if (count > 0) places.push({ place: p.place, count });
    }
    places.sort((a, b) => b.count - a.count || a.place.localeCompare(b.place));
  }

  const periodHit = period
    ? { ...period, count: groupEvents(graph, graph.edges.filter((e) => within(e.date, period)).map((e) => e.index)).length }
    : null;

  const results: SearchResults = {
    actors: actors.slice(0, limit),
    interactions: interactions.slice(0, limit + 2),
    places: places.slice(0, 3),
    period: periodHit,
    counts: { actors: actors.length, interactions: interactions.length, places: places.length },
    nearest: [],
  };
  if (withNearest && actors.length + interactions.length + places.length === 0) results.nearest = nearestQueries(idx, period, required);
  return results;
}

/** Alternatives to a query that found nothing: a misspelt word replaced, or one word dropped. */
function nearestQueries(idx: SearchIndex, period: Period | null, required: string[]): string[] {
  const out: string[] = [];
  const tail = period ? ` ${period.label}` : '';
  const found = (q: string) => {
    const r = searchGraph(idx, q, 1, false);
    return r.actors.length + r.interactions.length + r.places.length > 0;
  };
  const push = (q: string) => {
    if (!out.includes(q) && q.trim() && found(q)) out.push(q);
  };
  for (let k = 0; k < required.length && out.length < 4; k++) {
    for (const w of nearestWords(idx, required[k]!)) push([...required.slice(0, k), w, ...required.slice(k + 1)].join(' ') + tail);
  }
  if (required.length > 1) {
    for (let k = 0; k < required.length && out.length < 4; k++) push(required.filter((_, j) => j !== k).join(' ') + tail);
    // Several words wrong: each word's nearest on its own.
    for (const w of required) for (const near of nearestWords(idx, w)) if (out.length < 4) push(near + tail);
  }
  if (period && required.length > 0) push(required.join(' '));
  return out.slice(0, 4);
}
