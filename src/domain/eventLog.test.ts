import { describe, expect, it } from 'vitest';
import { questionsGraph } from '../../tests/fixtures/questionsGraph';
import { balanceBuckets } from './balanceBuckets';
import { parseFuzzyDate } from './dates';
import { filterEventRows, NO_LOG_FILTER, sortEventRows, validFor } from './eventLog';
import { groupEvents } from './events';

const g = questionsGraph();
const all = g.edges.map((e) => e.index);
const rows = groupEvents(g, all);
const n = (id: string) => g.nodeIndex.get(id)!;
const day = (iso: string) => parseFuzzyDate(iso)!;
const events = (f: Partial<typeof NO_LOG_FILTER>) => filterEventRows(g, rows, { ...NO_LOG_FILTER, ...f }).map((r) => r.event).sort();

describe('filterEventRows', () => {
  it('filters by words over date, kind, participants, place, status and summary', () => {
    expect(events({ text: 'davos' })).toEqual(['meet-davos']);
    expect(events({ text: 'disputed' })).toEqual(['call-kuleba', 'meet-2024']);
    expect(events({ text: 'Le Hoai Trung' })).toEqual(['new-york-2024']); // a participant who is not the lead edge's
    expect(events({ text: 'davos 2022' })).toEqual([]); // every word must match
    expect(events({ text: 'call mar 2022' })).toEqual(['call-kuleba', 'call-lavrov']);
  });

  it('filters by a participant, a country standing for its people', () => {
    expect(events({ with: n('zelensky') })).toEqual(['meet-2024', 'meet-davos', 'meet-tokyo', 'new-york-2024']);
    expect(events({ with: n('russia') })).toEqual(['call-lavrov', 'meet-kazan', 'trade-2024', 'visit-putin', 'visit-tolam-moscow']);
  });

  it('narrowed to a chart bucket lists exactly the events the chart counts there', () => {
    const actor = n('vietnam');
    const counterparts = [n('russia'), n('ukraine')];
    const { rows: buckets } = balanceBuckets(g, all, actor, counterparts, day('2022-01-01').first, day('2025-12-31').last, 'contacts');
    for (const r of buckets) {
      const b = r.bucket;
      const listed = filterEventRows(g, rows, {
        ...NO_LOG_FILTER,
        period: { first: b.first, last: b.last, label: '', quarter: b.q !== null, undatedOnly: b.q === null },
        between: { actor, counterparts, scope: 'contacts' },
      }).map((x) => x.event).sort();
      expect(listed).toEqual([...new Set(r.events.flat().map((x) => x.event))].sort());
    }
    const q1 = { first: day('2024-01-01').first, last: day('2024-03-31').last, label: 'Q1 2024', quarter: true };
    expect(events({ period: q1 })).toEqual([]); // year-only 2024 facts are not in Q1
  });

  it('drops an actor that is not in the graph instead of failing', () => {
    expect(validFor(g, { ...NO_LOG_FILTER, with: 999 }).with).toBeNull();
    expect(events({ with: 999 })).toHaveLength(rows.length);
  });
});

describe('sortEventRows', () => {
  it('sorts by date either way, and by place with the unplaced last', () => {
    const byDate = sortEventRows(g, rows, { key: 'date', dir: 'descending' }).map((r) => r.event);
    expect(byDate[0]).toBe('visit-tolam-moscow');
    expect(byDate[byDate.length - 1]).toBe('evac'); // "Mar 2022" starts on 1 March, before the vote of the 2nd
    const byPlace = sortEventRows(g, rows, { key: 'place', dir: 'ascending' }).map((r) => g.edges[r.lead]!.place ?? '');
    expect(byPlace.slice(0, 3)).toEqual(['Davos, Switzerland (World Economic Forum)', 'Kazan, Russia (BRICS summit)', 'Moscow']);
    expect(byPlace[byPlace.length - 1]).toBe('');
  });
});
