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

/** The words a row answers to: date as written, kind, every participant (and aliases), place, status, summary. */
export function rowText(graph: TielineGraph, row: EventRow): string {
  const e = graph.edges[row.lead]!;
  const info = EDGE_KIND_INFO[e.kind];
  const people = participantsOf(row).flatMap((n) => [graph.nodes[n]!.label, ...graph.nodes[n]!.aliases]);
  const status = eventCertainty(graph, row).map((c) => CERTAINTY_LABEL[c]);
  return [formatFuzzy(e.date), e.date.iso, info.label, e.kind, ...people, e.place ?? '', ...status, e.summary].join(' ');
}

const wordCache = new WeakMap<TielineGraph, Map<string, string[]>>();
/** The row's words, worked out once per graph and event: filtering 50,000 rows per keystroke must not re-tokenise them. */
function wordsOf(graph: TielineGraph, row: EventRow): string[] {
  let byEvent = wordCache.get(graph);
  if (!byEvent) wordCache.set(graph, (byEvent = new Map()));
  const key = `${row.event}\u0000${row.edges.length}`;
  let words = byEvent.get(key);
  if (!words) byEvent.set(key, (words = [...new Set(tokenize(rowText(graph, row)))]));
  return words;
}

/** Whether every word typed (stop words aside) matches a word of the row, by prefix, stem or a small typo. */
export function rowMatchesText(graph: TielineGraph, row: EventRow, text: string): boolean {
  const typed = tokenize(text);
  const needed = typed.filter((t) => !STOP_WORDS.has(t));
  if (needed.length === 0) return true;
  const words = wordsOf(graph, row);
  return needed.every((t) => words.some((w) => wordMatch(t, w, false) > 0));
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
  return rows.filter(
    (row) =>
      (f.with === null || eventInvolves(graph, row, f.with)) &&
      (f.period === null || inPeriod(graph, row, f.period)) &&
      (f.between === null ||
        (countedByChart(graph, row, f.between.scope) && f.between.counterparts.some((c) => eventBetween(graph, row, f.between!.actor, c)))) &&
      (f.text.trim() === '' || rowMatchesText(graph, row, f.text)),
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

/** A sorted copy; ties keep time order. Sort keys are normalised once per call, not per comparison. */
export function sortEventRows(graph: TielineGraph, rows: readonly EventRow[], sort: LogSort): EventRow[] {
  const sign = sort.dir === 'ascending' ? 1 : -1;
  const firstOf = (r: EventRow) => graph.edges[r.lead]!.first;
  const keyed = rows.map((r) => ({ r, k: sort.key === 'date' ? '' : normalizeText(sortText(graph, r, sort.key)), t: firstOf(r) }));
  keyed.sort((a, b) => {
    if (sort.key === 'date') return sign * (a.t - b.t || a.r.lead - b.r.lead);
    return sign * (a.k < b.k ? -1 : a.k > b.k ? 1 : 0) || a.t - b.t || a.r.lead - b.r.lead;
  });
  return keyed.map((x) => x.r);
}
