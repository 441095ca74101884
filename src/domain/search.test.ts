import { describe, expect, it } from 'vitest';
import { questionsGraph } from '../../tests/fixtures/questionsGraph';
import { smallGraph } from '../../tests/fixtures/smallGraph';
import { buildSearchIndex, normalizeText, searchGraph } from './search';

const g = questionsGraph();
const idx = buildSearchIndex(g);
const edgeIds = (q: string) => searchGraph(idx, q, 20).interactions.map((h) => g.edges[h.index]!.id);
const actorIds = (q: string) => searchGraph(idx, q, 20).actors.map((h) => g.nodes[h.index]!.id);

describe('normalizeText', () => {
  it('strips diacritics, including đ, and folds case and spaces', () => {
    expect(normalizeText('Bùi Thanh Sơn')).toBe('bui thanh son');
    expect(normalizeText('Đặng  Hoàng Giang')).toBe('dang hoang giang');
  });
});

describe('searchGraph', () => {
  it('finds names with or without diacritics, a label before a summary', () => {
    expect(actorIds('bui thanh son')[0]).toBe('son');
    expect(actorIds('sơn')[0]).toBe('son');
    const small = smallGraph();
    const hits = searchGraph(buildSearchIndex(small), 'sybiha');
    expect(small.nodes[hits.actors[0]!.index]!.id).toBe('sybiha');
    expect(small.edges[hits.interactions[0]!.index]!.id).toBe('call-sybiha');
  });

  it('finds places, as interactions and as a place group with its count', () => {
    expect(edgeIds('davos')).toEqual(['meet-davos']);
    expect(edgeIds('kazan')).toEqual(['meet-kazan']);
    const ny = searchGraph(idx, 'new york');
    expect(ny.places).toEqual(expect.arrayContaining([{ place: 'New York (UN General Assembly)', count: 1 }, { place: 'New York', count: 1 }]));
    expect(ny.counts.places).toBe(2);
  });

  it('finds related forms and words: "evacuat" finds evacuees and evacuation, "left Ukraine" the flights', () => {
    const ev = edgeIds('evacuat');
    expect(ev).toEqual(expect.arrayContaining(['evac', 'flight-07', 'flight-17']));
    expect(edgeIds('left ukraine')).toEqual(expect.arrayContaining(['flight-07', 'flight-17']));
  });

  it('needs every name and ranks events with both names as participants first', () => {
    const ids = edgeIds('chinh zelensky');
    expect(new Set(ids)).toEqual(new Set(['meet-davos', 'meet-2024', 'meet-tokyo']));
    expect(ids[0]).toBe('meet-davos'); // equal scores: the latest first
  });

  it('matches words across fields: a name and a kind, a country and a kind', () => {
    expect(edgeIds('putin visit')).toEqual(['visit-putin']);
    expect(edgeIds('vietnam vote')).toEqual(['vote-vn']);
    expect(edgeIds('to lam moscow')).toEqual(['visit-tolam-moscow']);
  });

  it('finds kinds: "vote" finds the abstention (a vote), "visit" every visit', () => {
    expect(edgeIds('vote')).toEqual(['vote-vn']);
    expect(new Set(edgeIds('visit'))).toEqual(new Set(['visit-putin', 'visit-tolam-moscow']));
  });

  it('narrows to a period as written: a year-only fact is in "2024" but not in "September 2024"', () => {
    const y = searchGraph(idx, '2024', 20);
    expect(y.period).toMatchObject({ label: '2024', count: 5 }); // New York is one event; the office held is not counted
    expect(y.interactions.map((h) => g.edges[h.index]!.event)).toEqual(expect.arrayContaining(['new-york-2024', 'visit-putin', 'meet-kazan']));
    expect(edgeIds('September 2024')).toEqual(['ny-tolam']);
    const march = searchGraph(idx, 'March 2022', 20);
    expect(march.period).toMatchObject({ label: 'Mar 2022', count: 6 });
    expect(edgeIds('zelensky 2024')).toEqual(expect.arrayContaining(['ny-tolam', 'meet-2024']));
  });

  it('gives one result per event, and leaves affiliations out of interactions', () => {
    const ids = edgeIds('zelensky');
    expect(ids.filter((id) => id.startsWith('ny-'))).toHaveLength(1);
    expect(searchGraph(idx, 'served president').counts.interactions).toBe(0);
  });

  it('forgives a typo, and on a miss offers the nearest matches', () => {
    expect(edgeIds('zelenksy')).toContain('meet-davos');
    const miss = searchGraph(idx, 'davso kyiv');
    expect(miss.counts).toEqual({ actors: 0, interactions: 0, places: 0 });
    expect(miss.nearest).toContain('davos');
    expect(searchGraph(idx, 'davso').nearest[0]).toBe('davos');
    expect(searchGraph(idx, 'kuleba davso').nearest).toContain('kuleba');
    expect(searchGraph(idx, 'qqqqqq').nearest).toEqual([]);
    expect(searchGraph(idx, '   ').counts.interactions).toBe(0);
  });
});

describe('searchGraph events', () => {
  it('an interaction result carries every edge of its event, even edges that did not match', () => {
    const hit = searchGraph(idx, 'trung').interactions.find((h) => h.event === 'new-york-2024')!;
    expect(hit.edges.map((i) => g.edges[i]!.id).sort()).toEqual(['ny-son', 'ny-tolam', 'ny-trung']);
    expect(g.edges[hit.index]!.id).toBe('ny-trung');
  });
});

describe('searchGraph on any input', () => {
  it('never throws, and every result it gives passes its own period', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('2024', 'mar 2022', '31 feb 2024', 'q5 2024', '((', '\u0000', 'đặng 2024-13')), (q) => {
        const r = searchGraph(idx, q);
        if (r.period) for (const h of r.interactions) expect(g.edges[h.index]!.first).toBeGreaterThanOrEqual(r.period.first);
        expect(r.interactions.length).toBeLessThanOrEqual(r.counts.interactions);
      }),
      { numRuns: 200 },
    );
  });
});
