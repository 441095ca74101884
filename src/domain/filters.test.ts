import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallGraph } from '../../tests/fixtures/smallGraph';
import { filterCounts, filterMask, NO_FILTER, type FilterState } from './filters';
import { EDGE_KINDS, NODE_KINDS } from './vocabulary';

const g = smallGraph();
const id = (name: string) => g.nodeIndex.get(name)!;
const passing = (f: FilterState) => {
  const mask = filterMask(g, f);
  return g.edges.filter((e) => !mask || mask[e.index]).map((e) => e.id).sort();
};
const callsOnly: FilterState = { ...NO_FILTER, hiddenEdgeKinds: EDGE_KINDS.filter((k) => k !== 'call') };

describe('filterMask', () => {
  it('is null when nothing is filtered out', () => {
    expect(filterMask(g, NO_FILTER)).toBeNull();
  });

  it('keeps only the allowed interaction kinds', () => {
    expect(passing(callsOnly)).toEqual(['call-kuleba', 'call-lavrov', 'call-sybiha']);
  });

  it('needs both ends of an interaction to be of an allowed actor kind', () => {
    expect(passing({ ...NO_FILTER, hiddenNodeKinds: ['person'] })).toEqual(['evac', 'rel-1950']);
  });

  it('keeps interactions with at least one end in a chosen country (its people included)', () => {
    expect(passing({ ...NO_FILTER, countries: [id('russia')] })).toEqual(['call-lavrov', 'rel-1950']);
    expect(passing({ ...NO_FILTER, countries: [id('russia'), id('ukraine')] })).toEqual([
      'call-kuleba', 'call-lavrov', 'call-sybiha', 'evac', 'meet-kuleba', 'rel-1950',
    ]);
  });

  it('combines the three kinds of filter', () => {
    expect(passing({ ...callsOnly, countries: [id('ukraine')] })).toEqual(['call-kuleba', 'call-sybiha']);
    expect(passing({ ...callsOnly, countries: [id('ukraine')], hiddenNodeKinds: ['person'] })).toEqual([]);
  });

  it('matches the definition for any combination of choices', () => {
    const countries = g.nodes.filter((n) => n.kind === 'country').map((n) => n.index);
    fc.assert(
      fc.property(
        fc.subarray([...NODE_KINDS]),
        fc.subarray([...EDGE_KINDS]),
        fc.subarray(countries),
        (hiddenNodeKinds, hiddenEdgeKinds, chosen) => {
          const f = { hiddenNodeKinds, hiddenEdgeKinds, countries: chosen };
          const mask = filterMask(g, f);
          const countryOf = (n: number) => (g.nodes[n]!.kind === 'country' ? n : g.nodes[n]!.countryIndex);
          for (const e of g.edges) {
            const want =
              !hiddenEdgeKinds.includes(e.kind) &&
              !hiddenNodeKinds.includes(g.nodes[e.source]!.kind) &&
              !hiddenNodeKinds.includes(g.nodes[e.target]!.kind) &&
              (chosen.length === 0 || chosen.includes(countryOf(e.source)) || chosen.includes(countryOf(e.target)));
            expect(mask ? mask[e.index] === 1 : true).toBe(want);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('filterCounts', () => {
  const all = g.edges.map((e) => e.index);

  it('counts each choice over the interactions in view', () => {
    const c = filterCounts(g, NO_FILTER, all);
    expect(c.edgeKinds.call).toBe(3);
    expect(c.edgeKinds.meeting).toBe(1);
    expect(c.nodeKinds.person).toBe(4);
    expect(c.nodeKinds.country).toBe(2);
    expect(c.countries.get(id('vietnam'))).toBe(6);
    expect(c.countries.get(id('ukraine'))).toBe(4);
    expect(c.countries.get(id('russia'))).toBe(2);
  });

  it('counts a choice by what it would show given the other filters, whatever its own state', () => {
    const c = filterCounts(g, callsOnly, all);
    expect(c.edgeKinds.meeting).toBe(1); // switched off, but one meeting would show
    expect(c.nodeKinds.person).toBe(3);
    expect(c.nodeKinds.country).toBe(0);
    expect(c.countries.get(id('russia'))).toBe(1);
    expect(c.countries.get(id('ukraine'))).toBe(2);
  });

  it('follows the time view', () => {
    const c = filterCounts(g, NO_FILTER, [g.edgeIndex.get('call-sybiha')!]);
    expect(c.edgeKinds.call).toBe(1);
    expect(c.countries.get(id('russia')) ?? 0).toBe(0);
  });
});
