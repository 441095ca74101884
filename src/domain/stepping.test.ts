import { describe, expect, it } from 'vitest';
import { smallGraph } from '../../tests/fixtures/smallGraph';
import { parseFuzzyDate } from './dates';
import { stepInteraction } from './stepping';
import { buildTimeIndex } from './timeIndex';

const g = smallGraph();
const idx = buildTimeIndex(g.edges);
const day = (iso: string) => parseFuzzyDate(iso)!.first;
const range = { first: day('2022-01-01'), last: day('2025-12-31') };
const id = (i: number | null) => (i === null ? null : g.edges[i]!.id);

describe('stepInteraction', () => {
  it('steps through time from the current day, within the slider range', () => {
    expect(id(stepInteraction(g, idx, { day: day('2022-01-01'), direction: 1, range }))).toBe('evac'); // Mar 2022 starts on the 1st
    expect(id(stepInteraction(g, idx, { day: day('2022-03-15'), direction: -1, range }))).toBe('call-lavrov');
    expect(id(stepInteraction(g, idx, { day: day('2022-01-01'), direction: -1, range }))).toBeNull(); // 1950 is outside the range
  });

  it('steps from the selected interaction, and only through an actor’s when asked', () => {
    const from = g.edgeIndex.get('call-lavrov')!;
    expect(id(stepInteraction(g, idx, { fromEdge: from, day: 0, direction: 1, range }))).toBe('call-kuleba');
    const sybiha = g.nodeIndex.get('sybiha')!;
    expect(id(stepInteraction(g, idx, { day: day('2022-01-01'), direction: 1, actor: sybiha, range }))).toBe('call-sybiha');
  });

  it('respects the filter mask', () => {
    const mask = Uint8Array.from(g.edges.map((e) => (e.kind === 'meeting' ? 1 : 0)));
    expect(id(stepInteraction(g, idx, { day: day('2022-01-01'), direction: 1, mask, range }))).toBe('meet-kuleba');
  });
});
