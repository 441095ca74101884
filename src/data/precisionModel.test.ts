import { describe, expect, it } from 'vitest';
import { formatFuzzy, isoFromDay } from '../domain/dates';
import { validGraphJson, type Json } from './validGraphJson.fixture';
import { formatProblem, validateGraph } from './validateGraph';
import { toGraphFile } from './toGraphFile';
import { toModel } from './toModel';
import type { GraphFile } from './schema';

function check(mutate: (g: ReturnType<typeof validGraphJson>) => void): string[] {
  const g = validGraphJson();
  mutate(g);
  const r = validateGraph(g);
  return r.ok ? [] : r.problems.map(formatProblem);
}

/** The fixture with one edge of each new form: a decade, a qualifier, a disputed date, outside fields, an event. */
function richGraph() {
  const g = validGraphJson();
  g.sources.push({ id: 'other', title: 'Another', publisher: 'B paper', published: '2025', file: '001.txt' });
  const call = g.edges[0]!;
  call.status = 'disputed';
  call.sources = ['src', 'other'];
  call.dateClaims = [
    { date: '2022-03-16', sources: ['src'] },
    { date: '2022-03-17', sources: ['other'] },
  ];
  const more: { [key: string]: Json }[] = [
    { id: 'support', source: 'vietnam', target: 'ukraine', kind: 'cooperation', date: '195x', end: '1991', summary: 'Help.', sources: ['src'] },
    { id: 'venture', source: 'vietnam', target: 'ukraine', kind: 'cooperation', date: '1981', dateQualifier: 'approximate', outside: ['date'], summary: 'A venture.', sources: ['src'] },
    { id: 'total', source: 'vietnam', target: 'ukraine', kind: 'evacuation', date: '2022-03-16', dateQualifier: 'as-of', summary: 'A total.', sources: ['src'] },
    { id: 'meet-a', source: 'son', target: 'ukraine', kind: 'meeting', date: '2024-09', event: 'meet', summary: 'Met.', sources: ['src'] },
    { id: 'meet-b', source: 'vietnam', target: 'ukraine', kind: 'meeting', date: '2024-09', event: 'meet', summary: 'Also there.', sources: ['src'] },
  ];
  g.edges.push(...more);
  return g;
}

describe('graph file: precision, disputed dates, outside facts, events', () => {
  it('accepts a decade, an approximate and an as-of date, a disputed date with its sources, outside fields and an event', () => {
    const r = validateGraph(richGraph());
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
  });

  it('gives the model the dates as written: the decade, the qualifiers, both claims, and a period covering both', () => {
    const r = validateGraph(richGraph());
    if (!r.ok) throw new Error('invalid');
    const g = toModel(r.graph);
    const edge = (id: string) => g.edges[g.edgeIndex.get(id)!]!;
    expect(formatFuzzy(edge('support').date)).toBe('1950s');
    expect(isoFromDay(edge('support').first)).toBe('1950-01-01');
    expect(formatFuzzy(edge('venture').date)).toBe('c. 1981');
    expect(edge('venture').outside).toEqual(['date']);
    expect(formatFuzzy(edge('total').date)).toBe('as of 16 Mar 2022');
    const call = edge('call');
    expect(call.dateClaims!.map((c) => [c.date.iso, c.sources])).toEqual([
      ['2022-03-16', ['src']],
      ['2022-03-17', ['other']],
    ]);
    expect([isoFromDay(call.first), isoFromDay(call.last)]).toEqual(['2022-03-16', '2022-03-17']);
    expect(edge('meet-a').event).toBe('meet');
    expect(edge('meet-b').event).toBe('meet');
    expect(edge('vote').event).toBe('vote');
  });

  it('writes all of it back to the file unchanged', () => {
    const file = richGraph();
    const r = validateGraph(file);
    if (!r.ok) throw new Error('invalid');
    const { $schema: _s, ...original } = file;
    void _s;
    expect(toGraphFile(toModel(r.graph))).toEqual(original as unknown as GraphFile);
  });

  it('says where and what is wrong with each new field', () => {
    expect(check((g) => (g.edges[0]!.date = '19x0'))).toEqual([
      'edges[0].date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD, or a decade written like 195x (found "19x0")',
    ]);
    expect(check((g) => (g.edges[0]!.dateQualifier = 'roughly'))[0]).toMatch(/^edges\[0\]\.dateQualifier: /);
    expect(
      check((g) => {
        g.edges[0]!.dateClaims = [
          { date: '2022-03-15', sources: ['src'] },
          { date: '2022-03-17', sources: ['rfa'] },
        ];
      }),
    ).toEqual([
      'edges[0].dateClaims[1].sources[0]: "rfa" is not among the edge\'s sources',
      'edges[0].date: "2022-03-16" is not one of the dates in dateClaims ("2022-03-15", "2022-03-17")',
      'edges[0].status: an edge with dateClaims must have status "disputed"',
    ]);
    expect(check((g) => (g.edges[0]!.dateClaims = [{ date: '2022-03-16', sources: ['src'] }]))).toEqual([
      'edges[0].dateClaims: must list at least two dates (the sources disagree)',
      'edges[0].status: an edge with dateClaims must have status "disputed"',
    ]);
    expect(check((g) => (g.edges[0]!.outside = ['end']))).toEqual([
      'edges[0].outside[0]: "end" is marked as from outside the sources but the edge has no end',
    ]);
  });

  it('reports pair edges of one event that disagree on kind or date', () => {
    expect(
      check((g) => {
        g.edges[0]!.event = 'e';
        g.edges[1]!.event = 'e';
      }),
    ).toEqual([
      'edges[1].kind: "vote" differs from "call" in edges[0], which shares the event "e"',
      'edges[1].date: "2022-03-02" differs from "2022-03-16" in edges[0], which shares the event "e"',
    ]);
  });
});
