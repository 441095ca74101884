/**
 * The balance over time, counted the way the articles tell it: events (not
 * edges), no affiliations, and a date known only to its year kept in its own
 * "2024, date not given" bucket instead of being put in Q1.
 */
import { dayFromParts, partsFromDay } from './dates';
import { eventBetween, groupEvents, type EventRow } from './events';
import type { TielineGraph } from './model';
import { within } from './searchPeriod';
import { EDGE_KIND_INFO, type EdgeKind } from './vocabulary';

/** Meetings, visits and calls: the "contacts" choice of the chart. */
export const CONTACT_KINDS: readonly EdgeKind[] = ['meeting', 'visit', 'call'];

export type BalanceScope = 'contacts' | 'all';

/** A column of the chart: a quarter, or a year's facts whose date is not given more closely. */
export interface Bucket {
  year: number;
  /** 1–4, or null for "the year, date not given". */
  q: number | null;
  first: number;
  last: number;
}

export interface BucketRow {
  bucket: Bucket;
  /** Per counterpart (same order as asked): the events in the bucket. */
  events: EventRow[][];
}

export interface BalanceBuckets {
  rows: BucketRow[];
  /** Per year: events with each counterpart (quarters plus the year's undated bucket). */
  years: { year: number; counts: number[] }[];
  /** Events in range whose date is vaguer than a year (a decade, a span of years): counted nowhere, said aloud. */
  unplaced: number;
}

/** "Q3 2024" or "2024, date not given". */
export function bucketLabel(b: Bucket): string {
  return b.q === null ? `${b.year}, date not given` : `Q${b.q} ${b.year}`;
}

const quarterOf = (year: number, q: number): Bucket => ({
  year,
  q,
  first: dayFromParts(year, q * 3 - 2, 1),
  last: dayFromParts(year, q * 3 + 1, 1) - 1,
});
const yearOf = (year: number): Bucket => ({ year, q: null, first: dayFromParts(year, 1, 1), last: dayFromParts(year, 12, 31) });

/**
 * The bucket a date belongs to: the quarter that holds its whole period, else
 * the year that does (its undated bucket), else null.
 */
export function bucketOf(date: { first: number; last: number }): Bucket | null {
  const p = partsFromDay(date.first);
  const q = quarterOf(p.year, Math.floor((p.month - 1) / 3) + 1);
  if (within(date, q)) return q;
  const y = yearOf(p.year);
  return within(date, y) ? y : null;
}

/** Whether an event's date belongs to exactly this bucket (a year-only fact is not in any quarter). */
export function inBucket(graph: TielineGraph, row: EventRow, bucket: Bucket): boolean {
  const b = bucketOf(graph.edges[row.lead]!.date);
  return b !== null && b.year === bucket.year && b.q === bucket.q;
}

/** Whether an event is counted by the chart at all: not a lasting state (span kind), and a contact when asked. */
export function countedByChart(graph: TielineGraph, row: EventRow, scope: BalanceScope): boolean {
  const kind = graph.edges[row.lead]!.kind;
  if (EDGE_KIND_INFO[kind].span) return false;
  return scope === 'all' || CONTACT_KINDS.includes(kind);
}

/**
 * Events per bucket between `actor` (with its people) and each of
 * `counterparts`, from the interactions given (already filtered), within
 * [from, to]. Undated buckets appear only for years that have such facts.
 */
export function balanceBuckets(
  graph: TielineGraph,
  edgeIndices: readonly number[],
  actor: number,
  counterparts: readonly number[],
  from: number,
  to: number,
  scope: BalanceScope,
): BalanceBuckets {
  const firstYear = partsFromDay(from).year;
  const lastYear = partsFromDay(to).year;
  const byKey = new Map<string, BucketRow>();
  const key = (b: Bucket) => `${b.year}:${b.q ?? 'y'}`;
  const rows: BucketRow[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    for (let q = 1; q <= 4; q++) {
      const b = quarterOf(y, q);
      if (b.last < from || b.first > to) continue;
      const row = { bucket: b, events: counterparts.map(() => []) };
      rows.push(row);
      byKey.set(key(b), row);
    }
  }
  let unplaced = 0;
  for (const ev of groupEvents(graph, edgeIndices)) {
    const date = graph.edges[ev.lead]!.date;
    if (!countedByChart(graph, ev, scope) || date.last < from || date.first > to) continue;
    const hits = counterparts.map((c) => eventBetween(graph, ev, actor, c));
    if (!hits.some(Boolean)) continue;
    const b = bucketOf(date);
    if (!b || b.year < firstYear || b.year > lastYear) {
      unplaced++;
      continue;
    }
    let row = byKey.get(key(b));
    if (!row) {
      row = { bucket: b, events: counterparts.map(() => []) };
      byKey.set(key(b), row);
      // The undated bucket goes after the year's Q4 (or its last quarter in range).
      const at = rows.findIndex((r) => r.bucket.year > b.year);
      rows.splice(at < 0 ? rows.length : at, 0, row);
    }
    hits.forEach((hit, k) => hit && row.events[k]!.push(ev));
  }
  const years: BalanceBuckets['years'] = [];
  for (const r of rows) {
    let y = years[years.length - 1];
    if (!y || y.year !== r.bucket.year) years.push((y = { year: r.bucket.year, counts: counterparts.map(() => 0) }));
    r.events.forEach((list, k) => (y!.counts[k]! += list.length));
  }
  return { rows, years, unplaced };
}
