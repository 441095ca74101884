import { describe, expect, it } from 'vitest';
import { AFFILIATION_KINDS, EDGE_KINDS, EDGE_KIND_INFO, countsAsInteraction, isAffiliation } from './vocabulary';

describe('vocabulary: what counts as an interaction', () => {
  it('keeps offices held and memberships as the only affiliations', () => {
    expect([...AFFILIATION_KINDS]).toEqual(['membership', 'role']);
    expect(isAffiliation('statistic')).toBe(false);
  });

  it('counts every kind as an interaction except affiliations and statistics', () => {
    expect(EDGE_KINDS.filter((k) => !countsAsInteraction(k))).toEqual(['membership', 'role', 'statistic']);
    expect(countsAsInteraction('meeting')).toBe(true);
    expect(countsAsInteraction('other')).toBe(true);
  });

  it('describes a statistic as a reported figure, drawn quietly', () => {
    const info = EDGE_KIND_INFO.statistic;
    expect(info.description).toBe('A figure the sources report for a pair over a period, such as trade or tourism; not an interaction.');
    expect(info.line).toBe('dotted');
    expect(info.directed).toBe(false);
    expect(info.span).toBe(false);
  });
});
