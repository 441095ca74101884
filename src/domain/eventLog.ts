/**
 * The event log's rows: one per event, filtered by words, by a participant,
 * by a period or chart bucket, and sorted by any column.
 */
import { formatFuzzy } from './dates';
import { bucketOf, countedByChart, type BalanceScope } from './balanceBuckets';
import { CERTAINTY_LABEL, eventBetween, eventCertainty, eventInvolves, eventPartiesText, participantsOf, type EventRow } from './events';
import type { TielineGraph } from './model';
import { within } from './searchPeriod';
import { normalizeText, STOP_WORDS, tokenize, wordMatch } from './searchText';
import { EDGE_KIND_INFO } from './vocabulary';

/** A period the log is narrowed to; `undatedOnly` keeps only facts dated to the year alone (the chart's undated bucket). */
export interface LogPeriod {
  first: number;
  last: number;
  label: string;
  undatedOnly?: boolean;
  /** A chart quarter: only facts whose date lies in the quarter (year-only facts are not in Q1). */
  quarter?: boolean;
}

/** The chart's choice carried to the log: events between the actor and any of the counterparts. */
export interface LogScope {
  actor: number;
  counterparts: number[];
  scope: BalanceScope;
}

export interface LogFilter {
  text: string;
  /** Node index: the event has this actor (or, for a country, one of its people) among its participants. */
  with: number | null;
  period: LogPeriod | null;
  between: LogScope | null;
}

export const NO_LOG_FILTER: LogFilter = { text: '', with: null, period: null, between: null };

interface WordCache {
  rows: Map<string, string[]>;
  nodes: Map<number, string[]>;
}
const wordCache = new WeakMap<TielineGraph, WordCache>();

/**
 * The row's words, worked out once per graph and event (50,000 rows must not be
 * re-tokenised per keystroke); an actor's words once per actor, since the same
 * people take part in many events.
 */
function wordsOf(graph: TielineGraph, row: EventRow): string[] {
  let cache = wordCache.get(graph);
  if (!cache) wordCache.set(graph, (cache = { rows: new Map(), nodes: new Map() }));
  const key = `${row.event}\u0000${row.edges.length}`;
  let words = cache.rows.get(key);
  if (words) return words;
  const e = graph.edges[row.lead]!;
  const set = new Set(tokenize(`${formatFuzzy(e.date)} ${e.date.iso} ${EDGE_KIND_INFO[e.kind].label} ${e.kind} ${e.place ?? ''} ${e.summary}`));
  for (const c of eventCertainty(graph, row)) set.add(CERTAINTY_LABEL[c].toLowerCase());
  for (const n of participantsOf(row)) {
    let nw = cache.nodes.get(n);
    if (!nw) cache.nodes.set(n, (nw = tokenize([graph.nodes[n]!.label, ...graph.nodes[n]!.aliases].join(' '))));
    for (const w of nw) set.add(w);
  }
  cache.rows.set(key, (words = [...set]));
  return words;
}

/** Typed words and a memo of which data words each matches: each distinct word is compared once per filter, not once per row. */
function textMatcher(text: string): ((words: string[]) => boolean) | null {
  const needed = tokenize(text).filter((t) => !STOP_WORDS.has(t));
  if (needed.length === 0) return null;
  const memos = needed.map(() => new Map<string, boolean>());
  const hit = (k: number, w: string) => {
    let v = memos[k]!.get(w);
    if (v === undefined) memos[k]!.set(w, (v = wordMatch(needed[k]!, w, false) > 0));
    return v;
  };
  return (words) => needed.every((_, k) => words.some((w) => hit(k, w)));
}

function inPeriod(graph: TielineGraph, row: EventRow, p: LogPeriod): boolean {
  const date = graph.edges[row.lead]!.date;
  if (p.undatedOnly) {
    const b = bucketOf(date);
    return b !== null && b.q === null && within(date, p);
  }
  if (p.quarter) {
    const b = bucketOf(date);
    return b !== null && b.q !== null && within(b, p);
  }
  return within(date, p);
}

/** The rows that pass every part of the filter. */
export function filterEventRows(graph: TielineGraph, rows: readonly EventRow[], filter: LogFilter): EventRow[] {
  const f = validFor(graph, filter);
  const text = textMatcher(f.text);
  return rows.filter(
    (row) =>
      (f.with === null || eventInvolves(graph, row, f.with)) &&
      (f.period === null || inPeriod(graph, row, f.period)) &&
      (f.between === null ||
        (countedByChart(graph, row, f.between.scope) && f.between.counterparts.some((c) => eventBetween(graph, row, f.between!.actor, c)))) &&
      (text === null || text(wordsOf(graph, row))),
  );
}

const isNode = (graph: TielineGraph, n: number) => Number.isInteger(n) && n >= 0 && n < graph.nodes.length;

/** The filter with any actor that is not in this graph dropped (a filter kept from another graph must not crash the log). */
export function validFor(graph: TielineGraph, f: LogFilter): LogFilter {
  const withOk = f.with === null || isNode(graph, f.with);
  const betweenOk = f.between === null || (isNode(graph, f.between.actor) && f.between.counterparts.every((c) => isNode(graph, c)));
  return withOk && betweenOk ? f : { ...f, with: withOk ? f.with : null, between: betweenOk ? f.between : null };
}

export const LOG_SORT_KEYS = ['date', 'kind', 'parties', 'place', 'status', 'summary'] as const;
export type LogSortKey = (typeof LOG_SORT_KEYS)[number];
export interface LogSort {
  key: LogSortKey;
  dir: 'ascending' | 'descending';
}

export const DEFAULT_LOG_SORT: LogSort = { key: 'date', dir: 'descending' };

function sortText(graph: TielineGraph, row: EventRow, key: Exclude<LogSortKey, 'date'>): string {
  const e = graph.edges[row.lead]!;
  if (key === 'kind') return EDGE_KIND_INFO[e.kind].label;
  if (key === 'parties') return eventPartiesText(graph, row);
  if (key === 'place') return e.place ?? '\uffff'; // no place sorts last
  if (key === 'status') return eventCertainty(graph, row).join(' ') || '\uffff';
  return e.summary;
}

const sortKeyCache = new WeakMap<TielineGraph, Map<string, string>>();
/** A row's normalised sort key, kept per graph: normalising 50,000 texts costs more than sorting them. */
function sortKeyOf(graph: TielineGraph, row: EventRow, key: Exclude<LogSortKey, 'date'>): string {
  let cache = sortKeyCache.get(graph);
  if (!cache) sortKeyCache.set(graph, (cache = new Map()));
  const id = `${key}\u0000${row.event}\u0000${row.edges.length}`;
  let k = cache.get(id);
  if (k === undefined) cache.set(id, (k = normalizeText(sortText(graph, row, key))));
  return k;
}

/** A sorted copy; ties keep time order. */
export function sortEventRows(graph: TielineGraph, rows: readonly EventRow[], sort: LogSort): EventRow[] {
  const sign = sort.dir === 'ascending' ? 1 : -1;
  const firstOf = (r: EventRow) => graph.edges[r.lead]!.first;
  const keyed = rows.map((r) => ({ r, k: sort.key === 'date' ? '' : sortKeyOf(graph, r, sort.key), t: firstOf(r) }));
  keyed.sort((a, b) => {
    if (sort.key === 'date') return sign * (a.t - b.t || a.r.lead - b.r.lead);
    return sign * (a.k < b.k ? -1 : a.k > b.k ? 1 : 0) || a.t - b.t || a.r.lead - b.r.lead;
  });
  return keyed.map((x) => x.r);
}
