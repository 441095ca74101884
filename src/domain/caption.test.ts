import { describe, expect, it } from 'vitest';
import { dayFromParts } from './dates';
import { buildCaption, captionText, describeDisplayOptions, describeFilter } from './caption';
import { smallGraph } from '../../tests/fixtures/smallGraph';

describe('caption', () => {
  const graph = smallGraph();
  it('says the window with its mode, and credits each publisher once', () => {
    const c = buildCaption(graph, { mode: 'window', day: dayFromParts(2022, 5, 31), window: { amount: 3, unit: 'month' } }, []);
    expect(c.whenWithMode).toBe('3-month window: Mar 2022 – May 2022');
    expect(c.credit).toBe('Sources: Hanoi Times, Fulcrum · Made with Tieline');
  });

  it('writes a plain-text caption with sources and the link', () => {
    const view = { mode: 'cumulative' as const, day: dayFromParts(2025, 2, 17), window: { amount: 3, unit: 'month' as const } };
    const c = buildCaption(graph, view, describeDisplayOptions({ hideIdle: true, ghostOut: false }), 'My title');
    const text = captionText(c, graph, 'https://example.org/?date=2025-02-17');
    expect(text.split('\n')).toEqual([
      'My title',
      'Everything up to 17 Feb 2025',
      'Actors with no interaction in view hidden',
      'Sources: Vietnam affirms traditional friend of both Russia, Ukraine (Hanoi Times); Vietnam-Ukraine ties (Fulcrum)',
      'Made with Tieline: https://example.org/?date=2025-02-17',
    ]);
  });
});

describe('describeFilter', () => {
  it('names hidden kinds and chosen countries in words', () => {
    const graph = smallGraph();
    expect(describeFilter(graph, { hiddenNodeKinds: ['institution'], hiddenEdgeKinds: ['call'], countries: [0, 2] })).toEqual([
      'Not shown: Institutions, Phone calls',
      'Only ties of: Vietnam, Ukraine (with their officials and institutions)',
    ]);
    expect(describeFilter(graph, { hiddenNodeKinds: [], hiddenEdgeKinds: [], countries: [] })).toEqual([]);
  });
});

describe('caption credit', () => {
  it('credits only the sources given (those backing a tie in view)', () => {
    const graph = smallGraph();
    const view = { mode: 'cumulative' as const, day: dayFromParts(2022, 3, 15), window: { amount: 3, unit: 'month' as const } };
    const c = buildCaption(graph, view, [], undefined, [0]);
    expect(c.credit).toBe('Sources: Hanoi Times · Made with Tieline');
    expect(captionText(c, graph, 'x')).toContain('Sources: Vietnam affirms traditional friend of both Russia, Ukraine (Hanoi Times)\n');
  });
});
