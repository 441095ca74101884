import { describe, expect, it } from 'vitest';
import { questionsGraph } from '../../tests/fixtures/questionsGraph';
import { balanceBuckets, bucketLabel, bucketOf } from './balanceBuckets';
import { parseFuzzyDate } from './dates';

const g = questionsGraph();
const all = g.edges.map((e) => e.index);
const n = (id: string) => g.nodeIndex.get(id)!;
const day = (iso: string) => parseFuzzyDate(iso)!.first;
const run = (scope: 'all' | 'contacts') => balanceBuckets(g, all, n('vietnam'), [n('russia'), n('ukraine')], day('2022-01-01'), day('2025-12-31'), scope);
const ids = (events: { event: string }[]) => events.map((e) => e.event).sort();

describe('bucketOf', () => {
  it('puts a date in the quarter holding its whole period, a year-only date in its year’s own bucket', () => {
    expect(bucketLabel(bucketOf(parseFuzzyDate('2024-09')!)!)).toBe('Q3 2024');
    expect(bucketLabel(bucketOf(parseFuzzyDate('2022-03-31')!)!)).toBe('Q1 2022');
    expect(bucketLabel(bucketOf(parseFuzzyDate('2024')!)!)).toBe('2024, date not given');
    expect(bucketOf({ first: day('2024-01-01'), last: day('2025-06-30') })).toBeNull();
  });
});

describe('balanceBuckets', () => {
  it('counts events, not edges; year-only facts go to "2024, date not given", not Q1', () => {
    const { rows, years } = run('all');
    const q1 = rows.find((r) => r.bucket.year === 2024 && r.bucket.q === 1)!;
    expect(q1.events.map((e) => e.length)).toEqual([0, 0]);
    const undated = rows.find((r) => r.bucket.year === 2024 && r.bucket.q === null)!;
    expect(ids(undated.events[0]!)).toEqual(['meet-kazan', 'trade-2024', 'visit-putin']);
    expect(ids(undated.events[1]!)).toEqual(['meet-2024']);
    const q3 = rows.find((r) => r.bucket.year === 2024 && r.bucket.q === 3)!;
    expect(ids(q3.events[1]!)).toEqual(['new-york-2024']); // three edges, one event
    // The undated bucket sits after the year's quarters; per-year totals add it in.
    expect(rows.filter((r) => r.bucket.year === 2024).map((r) => bucketLabel(r.bucket))).toEqual(['Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024', '2024, date not given']);
    expect(years.find((y) => y.year === 2024)!.counts).toEqual([3, 2]);
  });

  it('"contacts" keeps meetings, visits and calls only', () => {
    const { years } = run('contacts');
    expect(years.find((y) => y.year === 2024)!.counts).toEqual([2, 2]); // trade is not a contact
    expect(years.find((y) => y.year === 2022)!.counts).toEqual([1, 1]); // the calls; evacuation and flights are not contacts
    expect(run('all').years.find((y) => y.year === 2022)!.counts).toEqual([1, 4]);
  });

  it('leaves out affiliations and counts what it is given (filters apply upstream)', () => {
    const noNy = all.filter((i) => !g.edges[i]!.id.startsWith('ny-'));
    const { years } = balanceBuckets(g, noNy, n('vietnam'), [n('russia'), n('ukraine')], day('2024-01-01'), day('2024-12-31'), 'all');
    expect(years).toEqual([{ year: 2024, counts: [3, 1] }]);
  });
});
