import { describe, expect, it } from 'vitest';
import { dayFromParts, parseFuzzyDate } from './dates';
import { ONGOING } from './model';
import { buildTimeIndex } from './timeIndex';
import { boundsOf, type TimeView } from './timeView';
import { VisibleSet, visibleAt } from './visibleSet';

function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

const period = (iso: string, end?: string) => {
  const d = parseFuzzyDate(iso)!;
  return { first: d.first, last: end === 'ongoing' ? ONGOING : end ? parseFuzzyDate(end)!.last : d.last };
};

// A hand-made graph: nodes 0..3, each interaction with its period.
const items = [
  { source: 0, target: 1, ...period('2022-03-16') }, // 0: a day
  { source: 0, target: 2, ...period('2022-03') }, // 1: a month
  { source: 1, target: 2, ...period('2024') }, // 2: a year
  { source: 3, target: 0, ...period('2020-05', '2024-09') }, // 3: a span that ended
  { source: 2, target: 3, ...period('2024-09', 'ongoing') }, // 4: an ongoing span
];
const view = (iso: string, mode: TimeView['mode'] = 'cumulative', amount = 3, unit: 'day' | 'month' = 'month'): TimeView => {
  const d = parseFuzzyDate(iso)!;
  return { day: d.first, mode, window: { amount, unit } };
};

describe('visibleAt', () => {
  it('counts everything begun by the date in cumulative mode', () => {
    expect(visibleAt(items, boundsOf(view('2022-03-01')))).toEqual([1, 3]);
    expect(visibleAt(items, boundsOf(view('2022-03-16')))).toEqual([0, 1, 3]);
    expect(visibleAt(items, boundsOf(view('2025-06-01')))).toEqual([0, 1, 2, 3, 4]);
  });

  it('counts month and year precision for the whole month or year in a window', () => {
    // A 10-day window ending 5 Apr 2022 starts 27 Mar: the March-precision item still counts.
    expect(visibleAt(items, boundsOf(view('2022-04-05', 'window', 10, 'day')))).toEqual([1, 3]);
    // A window ending 31 Dec 2024 that starts in October still counts the 2024 item.
    expect(visibleAt(items, boundsOf(view('2024-12-31', 'window', 2, 'month')))).toEqual([2, 4]);
  });

  it('counts spans while they overlap the window', () => {
    expect(visibleAt(items, boundsOf(view('2024-10-15', 'window', 2, 'month')))).toEqual([2, 3, 4]);
    expect(visibleAt(items, boundsOf(view('2025-02-15', 'window', 1, 'month')))).toEqual([4]);
  });

  it('a filter set before the first move reports its actors when they come into view', () => {
    // The 1950 relations run through day 0 as an ongoing span: nothing may count as visible before the first move.
    const early = [{ source: 0, target: 1, first: parseFuzzyDate('1950')!.first, last: ONGOING }];
    const set = new VisibleSet(early, buildTimeIndex(early), 2);
    expect(set.setMask(Uint8Array.from([1])).shownEdges).toEqual([]);
    expect(set.moveTo(boundsOf(view('2022-05-31'))).activatedNodes).toEqual([0, 1]);
  });

  it('applies a filter mask', () => {
    const mask = Uint8Array.from([1, 0, 1, 1, 1]);
    expect(visibleAt(items, boundsOf(view('2022-03-31')), mask)).toEqual([0, 3]);
  });
});

describe('VisibleSet', () => {
  it('reports an actor that loses one interaction and gains another in the same step as neither idled nor activated', () => {
    // Actor 0: one interaction in March, another in April; a window step back from April to March swaps them
    // (the April one leaves before the March one enters).
    const swap = [
      { source: 0, target: 1, ...period('2022-03') },
      { source: 0, target: 2, ...period('2022-04') },
    ];
    const set = new VisibleSet(swap, buildTimeIndex(swap), 3);
    set.moveTo(boundsOf(view('2022-04-15', 'window', 10, 'day')));
    const step = set.moveTo(boundsOf(view('2022-03-31', 'window', 10, 'day')));
    expect(step.hiddenEdges).toEqual([1]);
    expect(step.shownEdges).toEqual([0]);
    expect(step.activatedNodes).toEqual([1]);
    expect(step.idledNodes).toEqual([2]);
    expect(set.nodeDegree[0]).toBe(1);
  });

  it('reports what changed and keeps actor counts', () => {
    const set = new VisibleSet(items, buildTimeIndex(items), 4);
    const first = set.moveTo(boundsOf(view('2022-03-01')));
    expect(first.shownEdges.sort()).toEqual([1, 3]);
    expect(first.activatedNodes.sort()).toEqual([0, 2, 3]);
    const step = set.moveTo(boundsOf(view('2022-03-16')));
    expect(step.shownEdges).toEqual([0]);
    expect(step.activatedNodes).toEqual([1]);
    const back = set.moveTo(boundsOf(view('2022-02-01')));
    expect(back.hiddenEdges.sort()).toEqual([0, 1]);
    expect(back.idledNodes.sort()).toEqual([1, 2]);
    expect(set.nodeCount).toBe(2);
    expect(set.edgeCount).toBe(1);
  });

  it('matches the brute-force oracle over random walks of dates, modes and windows', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const r = rng(seed);
      const nodes = 30;
      const base = dayFromParts(2022, 1, 1);
      const random = Array.from({ length: 400 }, () => {
        const first = base + Math.floor(r() * 1460);
        const kind = r();
        const last = kind < 0.1 ? ONGOING : kind < 0.3 ? first + Math.floor(r() * 300) : first + (kind < 0.5 ? 30 : 0);
        return { source: Math.floor(r() * nodes), target: Math.floor(r() * nodes), first, last };
      });
      const set = new VisibleSet(random, buildTimeIndex(random), nodes);
      // What a renderer sees: the active actors, kept only from the change lists.
      const shownActors = new Set<number>();
      let day = base;
      for (let step = 0; step < 150; step++) {
        const jump = r();
        day = jump < 0.6 ? day + 1 : jump < 0.85 ? day + 31 : base - 100 + Math.floor(r() * 1700);
        const mode = r() < 0.5 ? 'cumulative' : 'window';
        const v: TimeView = { day, mode, window: { amount: 1 + Math.floor(r() * 6), unit: r() < 0.5 ? 'day' : 'month' } };
        const change = set.moveTo(boundsOf(v));
        expect(change.activatedNodes.filter((n) => change.idledNodes.includes(n))).toEqual([]);
        for (const n of change.activatedNodes) shownActors.add(n);
        for (const n of change.idledNodes) shownActors.delete(n);
        const oracle = visibleAt(random, boundsOf(v));
        const actual = [...set.edgeVisible.keys()].filter((i) => set.edgeVisible[i] === 1);
        expect(actual).toEqual(oracle);
        const active = new Set(oracle.flatMap((i) => [random[i]!.source, random[i]!.target]));
        expect(set.nodeCount).toBe(active.size);
        expect([...shownActors].sort((a, b) => a - b)).toEqual([...active].sort((a, b) => a - b));
        for (let n = 0; n < nodes; n++) expect(set.nodeDegree[n]! > 0).toBe(active.has(n));
      }
    }
  });
});
