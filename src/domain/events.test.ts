import { describe, expect, it } from 'vitest';
import { questionsGraph } from '../../tests/fixtures/questionsGraph';
import { eventBetween, eventCertainty, eventInvolves, eventPartiesText, groupEvents, isUnsure } from './events';

const g = questionsGraph();
const all = g.edges.map((e) => e.index);
const node = (id: string) => g.nodeIndex.get(id)!;

describe('groupEvents', () => {
  it('makes edges sharing an event one row listing every participant, and leaves affiliations out', () => {
    const rows = groupEvents(g, all);
    expect(rows).toHaveLength(g.edges.length - 2 - 1); // New York: 3 edges, 1 row; the office held: none
    const ny = rows.find((r) => r.event === 'new-york-2024')!;
    expect(ny.edges.map((i) => g.edges[i]!.id)).toEqual(['ny-tolam', 'ny-trung', 'ny-son']);
    expect(eventPartiesText(g, ny)).toBe('Tô Lâm, Lê Hoài Trung, Bùi Thanh Sơn – Volodymyr Zelensky');
    expect(rows.some((r) => r.event === 'role-tolam')).toBe(false);
  });

  it('keeps the order given and groups only the edges given', () => {
    const some = [g.edgeIndex.get('ny-son')!, g.edgeIndex.get('evac')!];
    const rows = groupEvents(g, some);
    expect(rows.map((r) => r.event)).toEqual(['new-york-2024', 'evac']);
    expect(eventPartiesText(g, rows[0]!)).toBe('Bùi Thanh Sơn – Volodymyr Zelensky');
  });
});

describe('event predicates', () => {
  const rows = groupEvents(g, all);
  const row = (event: string) => rows.find((r) => r.event === event)!;
  it('says the certainty of an event', () => {
    expect(eventCertainty(g, row('call-kuleba'))).toEqual(['disputed']);
    expect(eventCertainty(g, row('flight-17'))).toEqual(['planned']);
    expect(eventCertainty(g, row('evac'))).toEqual([]);
  });
  it('marks an event with a value from outside the sources, apart from disputed and planned', () => {
    const e = g.edges[row('evac').lead]!;
    const marked = { ...g, edges: g.edges.map((x) => (x === e ? { ...x, outside: ['date' as const] } : x)) };
    expect(eventCertainty(marked, row('evac'))).toEqual(['outside']);
    expect(eventCertainty(marked, row('evac')).some(isUnsure)).toBe(false);
    expect(eventCertainty(g, row('call-kuleba')).some(isUnsure)).toBe(true);
  });
  it('counts a country with its people, either way round', () => {
    expect(eventBetween(g, row('new-york-2024'), node('vietnam'), node('ukraine'))).toBe(true);
    expect(eventBetween(g, row('new-york-2024'), node('vietnam'), node('russia'))).toBe(false);
    expect(eventBetween(g, row('visit-putin'), node('vietnam'), node('russia'))).toBe(true);
    expect(eventInvolves(g, row('meet-davos'), node('ukraine'))).toBe(true);
    expect(eventInvolves(g, row('meet-davos'), node('russia'))).toBe(false);
  });
});
