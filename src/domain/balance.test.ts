import { describe, expect, it } from 'vitest';
import { toModel } from '../data/toModel';
import type { GraphFile } from '../data/schema';
import { parseFuzzyDate } from './dates';
import { quarterlyBalance, quartersBetween, yearlyTotals } from './balance';

const file: GraphFile = {
  schemaVersion: 1,
  title: 'Hand-made',
  description: 'Quarter counting.',
  defaultRange: { start: '2022-01-01', end: '2022-12-31' },
  sources: [{ id: 's', title: 'S', publisher: 'P', published: '2022', file: 's.txt' }],
  nodes: [
    { id: 'vn', label: 'Vietnam', kind: 'country' },
    { id: 'ru', label: 'Russia', kind: 'country' },
    { id: 'ua', label: 'Ukraine', kind: 'country' },
    { id: 'vn-fm', label: 'VN FM', kind: 'person', country: 'vn' },
    { id: 'ru-fm', label: 'RU FM', kind: 'person', country: 'ru' },
    { id: 'ua-mfa', label: 'UA MFA', kind: 'institution', country: 'ua' },
    { id: 'cn', label: 'China', kind: 'country' },
  ],
  edges: [
    { id: 'a', source: 'vn-fm', target: 'ru-fm', kind: 'call', date: '2022-03-31', summary: 'Q1, VN–RU via people', sources: ['s'] },
    { id: 'b', source: 'vn', target: 'ua', kind: 'evacuation', date: '2022-03', summary: 'Q1, month precision', sources: ['s'] },
    { id: 'c', source: 'ua-mfa', target: 'vn-fm', kind: 'statement', date: '2022-04-01', summary: 'Q2, reversed direction', sources: ['s'] },
    { id: 'd', source: 'ru', target: 'vn', kind: 'meeting', date: '2022-11-30', summary: 'Q4', sources: ['s'] },
    { id: 'e', source: 'vn', target: 'cn', kind: 'meeting', date: '2022-05-01', summary: 'not a counterpart', sources: ['s'] },
    { id: 'f', source: 'ru-fm', target: 'ua-mfa', kind: 'call', date: '2022-06-01', summary: 'does not touch Vietnam', sources: ['s'] },
    { id: 'g', source: 'vn-fm', target: 'ru', kind: 'role', date: '2022-02-01', summary: 'a span: left out', sources: ['s'] },
    { id: 'h', source: 'vn', target: 'ru', kind: 'call', date: '2023-01-01', summary: 'outside the range', sources: ['s'] },
  ],
};

describe('quartersBetween', () => {
  it('lists the quarters with their first and last days', () => {
    const qs = quartersBetween(parseFuzzyDate('2022-02-10')!.first, parseFuzzyDate('2022-07-01')!.first);
    expect(qs.map((q) => `${q.year}Q${q.q}`)).toEqual(['2022Q1', '2022Q2', '2022Q3']);
    expect(qs[0]!.last).toBe(parseFuzzyDate('2022-03-31')!.first);
    expect(qs[1]!.first).toBe(parseFuzzyDate('2022-04-01')!.first);
  });
});

describe('quarterlyBalance', () => {
  const g = toModel(file);
  const n = (id: string) => g.nodeIndex.get(id)!;
  const ids = (rows: ReturnType<typeof quarterlyBalance>) => rows.map((r) => r.edges.map((es) => es.map((i) => g.edges[i]!.id)));
  const range = [parseFuzzyDate('2022-01-01')!.first, parseFuzzyDate('2022-12-31')!.last] as const;

  it('counts per quarter with each counterpart, people and institutions included, spans and outsiders left out', () => {
    const rows = quarterlyBalance(g, n('vn'), [n('ru'), n('ua')], ...range);
    expect(ids(rows)).toEqual([
      [['a'], ['b']],
      [[], ['c']],
      [[], []],
      [['d'], []],
    ]);
  });

  it('follows the filter mask', () => {
    const mask = Uint8Array.from(g.edges.map((e) => (e.kind === 'call' ? 1 : 0)));
    const rows = quarterlyBalance(g, n('vn'), [n('ru'), n('ua')], ...range, mask);
    expect(rows.map((r) => r.edges.map((es) => es.length))).toEqual([[1, 0], [0, 0], [0, 0], [0, 0]]);
  });
});

describe('yearlyTotals', () => {
  it('sums the quarters of each year per counterpart', () => {
    const q = (year: number, qn: number) => ({ year, q: qn, first: 0, last: 0 });
    const rows = [
      { quarter: q(2022, 1), edges: [[1, 2], [3]] },
      { quarter: q(2022, 4), edges: [[4], []] },
      { quarter: q(2023, 2), edges: [[], [5, 6, 7]] },
    ];
    expect(yearlyTotals(rows)).toEqual([
      { year: 2022, counts: [3, 1] },
      { year: 2023, counts: [0, 3] },
    ]);
  });
});
